"""Encryption at rest: key derivation, the header, AES-GCM sealing and the bounds on KDF costs."""

from __future__ import annotations

import struct
import zlib

import pytest

from interview_guide.core.errors import CaseFileError, WrongPassphraseError
from interview_guide.storage import crypto
from interview_guide.storage.crypto import (
    HEADER_SIZE,
    CaseKey,
    FileKind,
    KdfId,
    KdfParams,
    PassphraseRequiredError,
    decrypt_file,
    default_kdf,
    parse_header,
)

CHEAP = KdfParams.argon2id(memory_kib=8, iterations=1, lanes=1)
CHEAP_SCRYPT = KdfParams.scrypt(n=2**10, r=8, p=1)


def forged_header(kdf_id: int, costs: tuple[int, int, int], *, version: int = 1, kind: int = 1) -> bytes:
    """A header with a valid checksum but arbitrary fields (as a damaged or hostile file could hold)."""
    body = struct.pack(
        ">8sBBBB3I16s16s", crypto.MAGIC, version, kind, kdf_id, 0, *costs, b"s" * 16, b"c" * 16
    )
    return body + struct.pack(">I", zlib.crc32(body))


@pytest.fixture
def no_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if any key derivation runs."""

    def refuse(self: KdfParams, secret: bytes, salt: bytes) -> bytes:
        raise AssertionError("a key was derived")

    monkeypatch.setattr(KdfParams, "derive", refuse)


def test_default_kdf_is_secure_and_within_bounds() -> None:
    assert default_kdf().problem() is None
    if default_kdf().kdf == KdfId.ARGON2ID:
        memory, passes, _ = default_kdf().costs
        assert memory >= 64 * 1024 and passes >= 3  # at least RFC 9106's second recommended setting
    else:
        assert default_kdf().costs[0] >= 2**15


@pytest.mark.parametrize("kdf", [CHEAP, CHEAP_SCRYPT], ids=["argon2id", "scrypt"])
def test_round_trip_with_either_kdf(kdf: KdfParams) -> None:
    key = CaseKey.derive("correct horse", kdf)
    blob = key.encrypt_file(b'{"secret": true}')
    plain, used = decrypt_file(blob, "case.igcase", passphrase="correct horse")
    assert plain == b'{"secret": true}'
    assert used.opens(parse_header(blob, "x")) and parse_header(blob, "x").kdf == kdf


def test_every_encryption_uses_a_fresh_nonce() -> None:
    key = CaseKey.derive("pw", CHEAP)
    first, second = key.encrypt_file(b"same"), key.encrypt_file(b"same")
    assert first[:HEADER_SIZE] == second[:HEADER_SIZE]  # same key: same header
    assert first[HEADER_SIZE : HEADER_SIZE + 12] != second[HEADER_SIZE : HEADER_SIZE + 12]


def test_a_new_key_gets_a_new_salt() -> None:
    assert CaseKey.derive("pw", CHEAP).salt != CaseKey.derive("pw", CHEAP).salt


def test_known_key_opens_without_derivation(no_derivation: None) -> None:
    key = CaseKey(CHEAP, b"\x01" * 16, bytes(range(48)))
    blob = key.encrypt_file(b"data")
    assert decrypt_file(blob, "f", key=key) == (b"data", key)


def test_wrong_passphrase_is_told_apart_from_damage() -> None:
    blob = CaseKey.derive("right", CHEAP).encrypt_file(b"data")
    with pytest.raises(WrongPassphraseError, match=r"f\.igcase: wrong passphrase"):
        decrypt_file(blob, "f.igcase", passphrase="wrong")
    damaged = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(CaseFileError, match="authentication tag") as caught:
        decrypt_file(damaged, "f.igcase", passphrase="right")
    assert not isinstance(caught.value, WrongPassphraseError)


def test_no_passphrase_asks_for_one() -> None:
    blob = CaseKey.derive("pw", CHEAP).encrypt_file(b"data")
    with pytest.raises(PassphraseRequiredError, match="passphrase is needed"):
        decrypt_file(blob, "f.igcase")


def test_passphrase_is_unicode_normalised() -> None:
    blob = CaseKey.derive("caf\u00e9 \u00fcber", CHEAP).encrypt_file(b"data")
    assert decrypt_file(blob, "f", passphrase="cafe\u0301 u\u0308ber")[0] == b"data"


def test_empty_passphrase_is_refused() -> None:
    with pytest.raises(CaseFileError, match="empty"):
        CaseKey.derive("", CHEAP)


def test_repr_holds_no_key_material() -> None:
    key = CaseKey(CHEAP, b"\x01" * 16, b"\xab" * 48)
    assert "ab" not in repr(key).lower().replace("argon2id", "")


def test_header_is_bound_as_associated_data() -> None:
    key = CaseKey.derive("pw", CHEAP)
    blob = key.encrypt_file(b"data", FileKind.CASE)
    # Relabel the case file as a journal, with a valid checksum: the tag must fail.
    body = bytearray(blob[: HEADER_SIZE - 4])
    body[9] = FileKind.JOURNAL
    relabelled = bytes(body) + struct.pack(">I", zlib.crc32(bytes(body))) + blob[HEADER_SIZE:]
    with pytest.raises(CaseFileError, match="authentication tag"):
        decrypt_file(relabelled, "f", key=key, kind=FileKind.JOURNAL)


def test_kind_mismatch_is_named() -> None:
    blob = CaseKey.derive("pw", CHEAP).encrypt_file(b"data", FileKind.JOURNAL)
    with pytest.raises(CaseFileError, match="is an autosave journal, not a case file"):
        decrypt_file(blob, "f", passphrase="pw")


def test_damaged_header_is_not_called_a_wrong_passphrase(no_derivation: None) -> None:
    blob = bytearray(CaseKey(CHEAP, b"\x01" * 16, bytes(48)).encrypt_file(b"data"))
    blob[30] ^= 0x10  # inside the salt
    with pytest.raises(CaseFileError, match="checksum") as caught:
        decrypt_file(bytes(blob), "f", passphrase="pw")
    assert not isinstance(caught.value, WrongPassphraseError)


@pytest.mark.parametrize(
    ("kdf_id", "costs", "message"),
    [
        (KdfId.ARGON2ID, (1 << 30, 3, 4), "more than twice the default"),  # 1 TiB of memory
        (KdfId.ARGON2ID, (1 << 20, 16, 4), "more than twice the default"),  # 1 GiB x 16 passes
        (KdfId.ARGON2ID, (1 << 20, 3, 4), "more than twice the default"),  # the audit's 1 GiB header
        (KdfId.ARGON2ID, (1 << 19, 4, 4), "more than twice the default"),  # 512 MiB x 4 passes
        (KdfId.ARGON2ID, (1 << 18, 7, 4), "more than twice the default"),  # 256 MiB x 7 passes
        (KdfId.SCRYPT, (1 << 19, 8, 1), "more than twice the default"),  # 512 MiB
        (KdfId.SCRYPT, (1 << 17, 8, 3), "more than twice the default"),  # 3 x the work
        (KdfId.ARGON2ID, (1 << 16, 0, 4), "out of range"),
        (KdfId.ARGON2ID, (1 << 16, 3, 0), "out of range"),
        (KdfId.SCRYPT, (1 << 30, 8, 1), "too much"),
        (KdfId.SCRYPT, (1000, 8, 1), "power of two"),
        (KdfId.SCRYPT, (1 << 14, 8, 4096), "out of range"),
        (9, (1, 1, 1), "names key-derivation function 9, which Interview Guide does not know"),
    ],
)
def test_kdf_costs_are_checked_before_any_derivation(
    no_derivation: None, kdf_id: int, costs: tuple[int, int, int], message: str
) -> None:
    blob = forged_header(kdf_id, costs) + bytes(40)
    with pytest.raises(CaseFileError, match=message):
        decrypt_file(blob, "f.igcase", passphrase="pw")


@pytest.mark.parametrize(
    "costs", [(1 << 19, 3, 4), (1 << 18, 6, 4), (1 << 18, 3, 16)], ids=["2x memory", "2x passes", "lanes"]
)
def test_twice_the_default_is_the_most_accepted(costs: tuple[int, int, int]) -> None:
    assert KdfParams(KdfId.ARGON2ID, costs).problem() is None
    assert KdfParams.scrypt(n=1 << 18).problem() is None and KdfParams.scrypt(p=2).problem() is None


def test_a_non_zero_reserved_byte_is_damage_not_an_unknown_function(no_derivation: None) -> None:
    body = bytearray(forged_header(KdfId.ARGON2ID, (8, 1, 1))[:-4])
    body[11] = 7  # the reserved byte
    blob = bytes(body) + struct.pack(">I", zlib.crc32(bytes(body))) + bytes(40)
    with pytest.raises(CaseFileError, match="a reserved byte of the encryption header is 7, not 0"):
        decrypt_file(blob, "f", passphrase="pw")


def test_raised_costs_are_a_changed_header_not_a_wrong_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    # The costs of a default file raised (within the bounds) and the checksum fixed: the passphrase
    # check fails as for a wrong passphrase, but Interview Guide never writes such costs.
    monkeypatch.setattr(KdfParams, "derive", lambda self, secret, salt: bytes(48))  # no 512 MiB in a test
    blob = forged_header(KdfId.ARGON2ID, (1 << 19, 3, 4)) + bytes(40)
    with pytest.raises(CaseFileError) as caught:
        decrypt_file(blob, "f.igcase", passphrase="the right one")
    assert not isinstance(caught.value, WrongPassphraseError)
    assert "Argon2id 512 MiB, 3 passes, 4 lanes) are above the ones Interview Guide writes" in str(
        caught.value
    )
    with pytest.raises(WrongPassphraseError):  # at the default costs it is a wrong passphrase
        decrypt_file(forged_header(KdfId.ARGON2ID, (1 << 18, 3, 4)) + bytes(40), "f", passphrase="x")


def test_newer_format_is_refused_with_a_clear_message() -> None:
    with pytest.raises(CaseFileError, match="newer version of Interview Guide"):
        parse_header(forged_header(KdfId.ARGON2ID, (8, 1, 1), version=2) + bytes(40), "f")


@pytest.mark.parametrize("length", [1, 5, 8, 20, HEADER_SIZE - 1, HEADER_SIZE, HEADER_SIZE + 27])
def test_cut_short_file_is_damaged(length: int) -> None:
    blob = CaseKey.derive("pw", CHEAP).encrypt_file(b"data")
    with pytest.raises(CaseFileError, match=r"damaged|cut short"):
        decrypt_file(blob[:length], "f", passphrase="pw")


def test_derive_refuses_out_of_bounds_costs() -> None:
    with pytest.raises(ValueError, match="out of range"):
        KdfParams.argon2id(memory_kib=4, iterations=1, lanes=1).derive(b"pw", b"s" * 16)
