from dro_trainer.core.locations import LESSON, LIBRARY, MODULE, Location, parse_location


def test_round_trip_and_anything_odd_means_the_library():
    place = Location(LESSON, "dro-core", "m01-l03")
    assert str(place) == "lesson:dro-core/m01-l03" and parse_location(str(place)) == place
    assert parse_location("module:dro-core/m01-foundations") == Location(MODULE, "dro-core", "m01-foundations")
    for odd in (None, "", "library:", "lesson:", "lesson:dro-core", "quiz:x/y", "garbage"):
        assert parse_location(odd).kind == LIBRARY
