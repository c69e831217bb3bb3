from dro_trainer.core.app_settings import SETTINGS_NAME, AppSettings, read_settings, write_settings


def test_round_trip(tmp_path):
    write_settings(tmp_path, AppSettings("fr", 3, "es"))
    assert read_settings(tmp_path) == AppSettings("fr", 3, "es")


def test_missing_or_damaged_file_means_defaults(tmp_path):
    assert read_settings(tmp_path) == AppSettings()
    (tmp_path / SETTINGS_NAME).write_text("{not json")
    assert read_settings(tmp_path) == AppSettings()
    (tmp_path / SETTINGS_NAME).write_text('{"interface_language": 5, "last_profile_id": "x"}')
    assert read_settings(tmp_path) == AppSettings()
