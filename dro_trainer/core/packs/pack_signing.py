"""Ed25519 signatures over a pack's manifest, and the keys a user trusts.

The manifest lists every file's SHA-256, so signing its exact bytes signs the whole
pack. Users see a publisher key as a fingerprint (SHA-256 of the raw public key, in
groups of four hex digits) to compare over the phone or on paper.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from dro_trainer.core.packs.pack_errors import PackError

TRUST_FILE = "trusted-keys.json"


class SignatureStatus(str, Enum):
    UNSIGNED = "unsigned"
    TRUSTED = "trusted"
    UNTRUSTED = "untrusted"  # valid signature, key not trusted here


@dataclass(frozen=True)
class SignatureCheck:
    status: SignatureStatus
    fingerprint: str = ""
    publisher: str = ""


def fingerprint(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def generate_key(path: Path, publisher: str) -> str:
    """Write a new private key file (keep it secret) and its .pub; returns the fingerprint.
    Never overwrites a key, and the secret file is private from the moment it exists."""
    public_path = path.with_suffix(".pub")
    if path.suffix == ".pub" or path.exists() or public_path.exists():
        raise PackError(f"{path} or {public_path.name} exists already, or the name ends in .pub.", "Choose a new name such as region.key.")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(handle, "wb") as stream:
        stream.write(pem)
    public_path.write_text(json.dumps({"publisher": publisher, "public_key": _public_b64(key.public_key())}, indent=2), encoding="utf-8")
    return fingerprint(key.public_key())


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise PackError(f"{path} is not a signing key made by 'pack keygen' ({exc}).", "Check the path to your key file.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise PackError(f"{path} is not an Ed25519 key.", "Make one with 'pack keygen'.")
    return key


def sign(manifest_bytes: bytes, key: Ed25519PrivateKey, publisher: str) -> bytes:
    return json.dumps({
        "algorithm": "ed25519",
        "publisher": publisher,
        "public_key": _public_b64(key.public_key()),
        "signature": base64.b64encode(key.sign(manifest_bytes)).decode("ascii"),
    }, indent=2).encode("utf-8")


def check_signature(manifest_bytes: bytes, signature_bytes: bytes | None, trusted: dict[str, str]) -> SignatureCheck:
    """UNSIGNED, TRUSTED or UNTRUSTED; a signature that does not match raises PackError."""
    if signature_bytes is None:
        return SignatureCheck(SignatureStatus.UNSIGNED)
    try:
        data = json.loads(signature_bytes.decode("utf-8"))
        public_key = Ed25519PublicKey.from_public_bytes(base64.b64decode(data["public_key"], validate=True))
        signature = base64.b64decode(data["signature"], validate=True)
        publisher = str(data.get("publisher", ""))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
        raise PackError("its signature file is damaged.", "Do not install it; ask the publisher for a new copy.") from None
    try:
        public_key.verify(signature, manifest_bytes)
    except InvalidSignature:
        raise PackError("it is signed, but its contents were changed after signing.",
                        "Do not install it: ask the publisher for a genuine copy.") from None
    key_print = fingerprint(public_key)
    status = SignatureStatus.TRUSTED if key_print in trusted else SignatureStatus.UNTRUSTED
    return SignatureCheck(status, key_print, trusted.get(key_print, publisher))


def _public_b64(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


SHIPPED_KEYS = Path(__file__).resolve().parents[3] / "assets" / "trusted-keys"


def shipped_keys(folder: Path | None = None) -> dict[str, str]:
    """Keys trusted on every laptop: the bundled course's publisher, shipped with the app."""
    folder = SHIPPED_KEYS if folder is None else folder
    keys = {}
    for path in sorted(folder.glob("*.pub")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            public_key = Ed25519PublicKey.from_public_bytes(base64.b64decode(data["public_key"], validate=True))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a damaged key file trusts nothing
        keys[fingerprint(public_key)] = str(data.get("publisher", ""))
    return keys


def trusted_keys(data_dir: Path, shipped: Path | None = None) -> dict[str, str]:
    """Fingerprint -> publisher, for every key trusted here: shipped with the app, or trusted by this user."""
    keys = shipped_keys(shipped)
    try:
        data = json.loads((data_dir / TRUST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return keys
    if isinstance(data, dict):
        keys.update({str(k): str(v) for k, v in data.items()})
    return keys


def trust_key(data_dir: Path, public_key_file: Path) -> str:
    """Trust the key in a .pub file made by 'pack keygen'; returns its fingerprint."""
    try:
        data = json.loads(public_key_file.read_text(encoding="utf-8"))
        public_key = Ed25519PublicKey.from_public_bytes(base64.b64decode(data["public_key"], validate=True))
    except (OSError, ValueError, KeyError, TypeError):
        raise PackError(f"{public_key_file} is not a public key file made by 'pack keygen'.", "Use the .pub file beside the key.") from None
    _add_user_key(data_dir, fingerprint(public_key), str(data.get("publisher", "")))
    return fingerprint(public_key)


def trust_signature_key(data_dir: Path, signature_bytes: bytes, manifest_bytes: bytes) -> str:
    """Trust the key that signed this pack, once its signature has been checked against the
    manifest; for a user who compared the fingerprint with the publisher's. Returns it."""
    check_signature(manifest_bytes, signature_bytes, {})  # raises if it does not match
    data = json.loads(signature_bytes.decode("utf-8"))
    public_key = Ed25519PublicKey.from_public_bytes(base64.b64decode(data["public_key"], validate=True))
    _add_user_key(data_dir, fingerprint(public_key), str(data.get("publisher", "")))
    return fingerprint(public_key)


def _add_user_key(data_dir: Path, key_print: str, publisher: str) -> None:
    path = data_dir / TRUST_FILE
    try:
        keys = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        keys = {}
    keys = keys if isinstance(keys, dict) else {}
    keys[key_print] = publisher
    data_dir.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(keys, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, path)
