"""Encryption at rest: AES-256-GCM under a key derived once per case from the officer's passphrase.

An encrypted file starts with a fixed 60-byte header (all integers big-endian)::

    magic "IGCRYPT\\0" (8) | format version (1) | file kind (1) | KDF id (1) | reserved 0 (1)
    | three KDF costs (3 x uint32) | salt (16) | passphrase check (16) | CRC-32 of the above (4)

followed, in a case file, by a 12-byte random nonce and the AES-GCM ciphertext with its tag. The
header is the associated data, so no field of it can be changed without the tag failing. The CRC
only tells accidental damage of the header apart from a wrong passphrase, and lets the KDF costs be
checked against sane bounds before any key derivation. The KDF yields 48 bytes: the first 32 are the
AES key, the last 16 the passphrase check, so a wrong passphrase is told apart from a damaged file.
"""

from __future__ import annotations

import hmac
import os
import struct
import unicodedata
import zlib
from dataclasses import dataclass
from enum import IntEnum
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# ``cryptography`` is imported where a key is made or used, not at start-up (about 15 ms): a plain
# hearing never needs it, and an encrypted one only once its passphrase is typed.

from interview_guide.core.errors import CaseFileError, WrongPassphraseError

MAGIC = b"IGCRYPT\x00"
FORMAT_VERSION = 1
SALT_SIZE = 16
CHECK_SIZE = 16
NONCE_SIZE = 12
TAG_SIZE = 16
_LAYOUT = struct.Struct(">8sBBBB3I16s16s")
HEADER_SIZE = _LAYOUT.size + 4  # + CRC-32
_KEY_SIZE = 32


class AuthenticationError(CaseFileError):
    """The encrypted content does not match its tag: changed, cut short, or bound to another place."""


class PassphraseRequiredError(CaseFileError):
    """The file is encrypted and no passphrase (or key) was given: ask for one and try again."""


class FileKind(IntEnum):
    """What an encrypted blob is; part of the associated data, so one kind cannot pass for another."""

    CASE = 1  # a case file
    JOURNAL = 2  # the records of an autosave journal
    SNAPSHOT = 3  # an autosave snapshot (a case file's content, bound to its session and save point)


class KdfId(IntEnum):
    """The key-derivation function named in the header."""

    SCRYPT = 1
    ARGON2ID = 2


# The costs of the defaults (the only ones the app writes for real cases), per function.
ARGON2_DEFAULT = (1 << 18, 3, 4)  # 256 MiB, 3 passes, 4 lanes
SCRYPT_DEFAULT = (1 << 17, 8, 1)  # 128 MiB
# Bounds checked before any derivation: a hostile header costs at most twice the default, in memory
# and in work, so every try of a passphrase stays within a few seconds and a few hundred MB. The
# lower bounds are the algorithms' own minimums: a file written with cheap test parameters opens.
MAX_COST_FACTOR = 2
_ARGON2_MAX_MEMORY_KIB = MAX_COST_FACTOR * ARGON2_DEFAULT[0]
_ARGON2_MAX_WORK_KIB = MAX_COST_FACTOR * ARGON2_DEFAULT[0] * ARGON2_DEFAULT[1]  # memory x passes
_SCRYPT_MAX_MEMORY = MAX_COST_FACTOR * 128 * SCRYPT_DEFAULT[0] * SCRYPT_DEFAULT[1]  # bytes: 128 n r
_SCRYPT_MAX_WORK = MAX_COST_FACTOR * SCRYPT_DEFAULT[0] * SCRYPT_DEFAULT[1] * SCRYPT_DEFAULT[2]  # n r p


@dataclass(frozen=True)
class KdfParams:
    """A key-derivation function and its three cost numbers, as stored in the header.

    Attributes:
        kdf: which function.
        costs: scrypt: (n, r, p); Argon2id: (memory in KiB, passes, lanes).
    """

    kdf: KdfId
    costs: tuple[int, int, int]

    @classmethod
    def scrypt(
        cls, n: int = SCRYPT_DEFAULT[0], r: int = SCRYPT_DEFAULT[1], p: int = SCRYPT_DEFAULT[2]
    ) -> KdfParams:
        """scrypt parameters (the default costs 128 MiB)."""
        return cls(KdfId.SCRYPT, (n, r, p))

    @classmethod
    def argon2id(
        cls,
        memory_kib: int = ARGON2_DEFAULT[0],
        iterations: int = ARGON2_DEFAULT[1],
        lanes: int = ARGON2_DEFAULT[2],
    ) -> KdfParams:
        """Argon2id parameters (the default costs 256 MiB and 3 passes, above RFC 9106's second setting)."""
        return cls(KdfId.ARGON2ID, (memory_kib, iterations, lanes))

    def describe(self) -> str:
        """The parameters in words: ``Argon2id 256 MiB, 3 passes, 4 lanes``."""
        first, second, third = self.costs
        if self.kdf == KdfId.SCRYPT:
            return f"scrypt n={first}, r={second}, p={third} ({128 * first * second // (1 << 20)} MiB)"
        return f"Argon2id {first // 1024} MiB, {second} passes, {third} lanes"

    def problem(self) -> str | None:
        """What is out of bounds, or None when the parameters are acceptable."""
        first, second, third = self.costs
        if self.kdf == KdfId.SCRYPT:
            n, r, p = first, second, third
            if n < 2 or n & (n - 1):
                return f"scrypt n={n} is not a power of two"
            if not (1 <= r <= 32 and 1 <= p <= 16):
                return f"scrypt r={r}, p={p} out of range"
            if 128 * n * r > _SCRYPT_MAX_MEMORY or n * r * p > _SCRYPT_MAX_WORK:
                return f"{self.describe()} costs more than twice the default (too much memory or time)"
            return None
        memory, passes, lanes = first, second, third
        if not (1 <= lanes <= 16 and 1 <= passes <= 16):
            return f"Argon2id passes={passes}, lanes={lanes} out of range"
        if memory < 8 * lanes:
            return f"Argon2id memory={memory} KiB out of range (at least 8 KiB per lane)"
        if memory > _ARGON2_MAX_MEMORY_KIB or memory * passes > _ARGON2_MAX_WORK_KIB:
            return f"{self.describe()} costs more than twice the default (too much memory or time)"
        return None

    def above_default(self) -> bool:
        """Whether these costs are above the default of their function (the app never writes such)."""
        default = SCRYPT_DEFAULT if self.kdf == KdfId.SCRYPT else ARGON2_DEFAULT
        first, second, third = self.costs
        if self.kdf == KdfId.SCRYPT:
            return first * second > default[0] * default[1] or first * second * third > (
                default[0] * default[1] * default[2]
            )
        return first > default[0] or first * second > default[0] * default[1]

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        """Run the KDF: 32 key bytes followed by 16 check bytes.

        Raises:
            ValueError: the parameters are out of bounds (check :meth:`problem` first).
        """
        problem = self.problem()
        if problem is not None:
            raise ValueError(problem)
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        length = _KEY_SIZE + CHECK_SIZE
        first, second, third = self.costs
        if self.kdf == KdfId.SCRYPT:
            return Scrypt(salt=salt, length=length, n=first, r=second, p=third).derive(secret)
        kdf = Argon2id(salt=salt, length=length, iterations=second, lanes=third, memory_cost=first)
        return kdf.derive(secret)


@cache
def default_kdf() -> KdfParams:
    """The key derivation new files get: Argon2id, or scrypt where this build of cryptography's
    OpenSSL lacks Argon2id (tried once, on first use)."""
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    try:
        Argon2id(salt=b"\x00" * SALT_SIZE, length=16, iterations=1, lanes=1, memory_cost=8).derive(b"probe")
    except UnsupportedAlgorithm:
        return KdfParams.scrypt()
    return KdfParams.argon2id()


def _secret(passphrase: str) -> bytes:
    # NFC, so the same passphrase typed on another keyboard layout or OS gives the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True)
class Header:
    """A parsed, checked header. ``raw`` is the exact bytes from the file (the associated data)."""

    kind: FileKind
    kdf: KdfParams
    salt: bytes
    check: bytes
    raw: bytes


def _pack_header(kind: FileKind, kdf: KdfParams, salt: bytes, check: bytes) -> bytes:
    body = _LAYOUT.pack(MAGIC, FORMAT_VERSION, kind, kdf.kdf, 0, *kdf.costs, salt, check)
    return body + struct.pack(">I", zlib.crc32(body))


def parse_header(data: bytes, source: str, kind: FileKind = FileKind.CASE) -> Header:
    """Read and check the header at the start of ``data``; no key derivation happens here.

    Args:
        data: the file content (at least the header).
        source: the name used in error messages.
        kind: the kind of file expected.

    Raises:
        CaseFileError: not an encrypted Interview Guide file, damaged header, newer format, other
            kind of file, or KDF parameters out of bounds.
    """
    if not is_encrypted_data(data):
        raise CaseFileError(f"{source}: not an encrypted Interview Guide file")
    if len(data) < HEADER_SIZE:
        raise CaseFileError(f"{source}: damaged: the file is cut short (incomplete header)")
    body, (crc,) = data[: _LAYOUT.size], struct.unpack(">I", data[_LAYOUT.size : HEADER_SIZE])
    _, version, raw_kind, raw_kdf, reserved, first, second, third, salt, check = _LAYOUT.unpack(body)
    newer = f"encrypted by a newer version of Interview Guide (format {version}); update the app to open it"
    if zlib.crc32(body) != crc:
        if version > FORMAT_VERSION:
            raise CaseFileError(f"{source}: damaged, or {newer}")
        raise CaseFileError(f"{source}: damaged: the encryption header does not match its checksum")
    if version != FORMAT_VERSION:
        raise CaseFileError(f"{source}: {newer}")
    if raw_kind != kind:
        names = {
            FileKind.CASE: "a case file",
            FileKind.JOURNAL: "an autosave journal",
            FileKind.SNAPSHOT: "an autosave snapshot",
        }
        found = names.get(raw_kind, "an unknown kind of encrypted file")
        raise CaseFileError(f"{source}: is {found}, not {names[kind]}")
    if reserved != 0:
        raise CaseFileError(
            f"{source}: damaged: a reserved byte of the encryption header is {reserved}, not 0 (the header "
            "was changed after it was written)"
        )
    if raw_kdf not in (KdfId.SCRYPT, KdfId.ARGON2ID):
        raise CaseFileError(
            f"{source}: damaged: the encryption header names key-derivation function {raw_kdf}, which "
            "Interview Guide does not know (it writes 1, scrypt, and 2, Argon2id)"
        )
    kdf = KdfParams(KdfId(raw_kdf), (first, second, third))
    problem = kdf.problem()
    if problem is not None:
        raise CaseFileError(f"{source}: damaged encryption header: {problem}")
    return Header(FileKind(raw_kind), kdf, salt, check, data[:HEADER_SIZE])


class CaseKey:
    """A key derived once from a passphrase, reused for every later save of the case and its autosaves.

    Holds the derived AES-256 key with the salt and KDF parameters it came from, so files written with
    it open with the same passphrase. Every encryption uses a fresh random 96-bit nonce. Thread-safe.
    """

    __slots__ = ("_aead", "_check", "kdf", "salt")

    def __init__(self, kdf: KdfParams, salt: bytes, derived: bytes) -> None:
        self.kdf = kdf
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self.salt = salt
        self._aead: AESGCM = AESGCM(derived[:_KEY_SIZE])
        self._check = derived[_KEY_SIZE:]

    def __repr__(self) -> str:
        return f"CaseKey({self.kdf.kdf.name}, costs={self.kdf.costs})"

    @classmethod
    def derive(cls, passphrase: str, kdf: KdfParams | None = None) -> CaseKey:
        """Derive a key for a new encrypted case (a new random salt). Slow on purpose (about 0.5 s).

        Args:
            passphrase: the officer's passphrase (not empty).
            kdf: KDF parameters; the secure default unless a test asks for cheap ones.

        Raises:
            CaseFileError: the passphrase is empty.
        """
        if not passphrase:
            raise CaseFileError("A passphrase cannot be empty.")
        params = kdf or default_kdf()
        salt = os.urandom(SALT_SIZE)
        return cls(params, salt, params.derive(_secret(passphrase), salt))

    @classmethod
    def unlock(cls, header: Header, passphrase: str, source: str) -> CaseKey:
        """Derive the key of an existing file from its header and check the passphrase.

        Raises:
            WrongPassphraseError: the passphrase does not open this file.
        """
        derived = header.kdf.derive(_secret(passphrase), header.salt)
        if not hmac.compare_digest(derived[_KEY_SIZE:], header.check):
            if header.kdf.above_default():
                # A passphrase check cannot tell a wrong passphrase from changed costs; but costs above
                # the default were never written by Interview Guide, so the header was changed.
                raise CaseFileError(
                    f"{source}: damaged: the key-derivation costs in its encryption header "
                    f"({header.kdf.describe()}) are above the ones Interview Guide writes, and the "
                    "passphrase check fails: the header was changed after the file was written"
                )
            raise WrongPassphraseError(f"{source}: wrong passphrase (it does not open this file)")
        return cls(header.kdf, header.salt, derived)

    def opens(self, header: Header) -> bool:
        """Whether this key belongs to a file with ``header`` (same salt, parameters and check)."""
        return (
            self.kdf == header.kdf
            and hmac.compare_digest(self.salt, header.salt)
            and hmac.compare_digest(self._check, header.check)
        )

    def header(self, kind: FileKind) -> bytes:
        """The header for a new file of ``kind`` encrypted with this key."""
        return _pack_header(kind, self.kdf, self.salt, self._check)

    def seal(self, plaintext: bytes, associated: bytes) -> bytes:
        """Encrypt: a fresh nonce followed by the ciphertext and tag."""
        nonce = os.urandom(NONCE_SIZE)
        return nonce + self._aead.encrypt(nonce, plaintext, associated)

    def open(self, sealed: bytes, associated: bytes, source: str) -> bytes:
        """Decrypt what :meth:`seal` made.

        Raises:
            CaseFileError: the data was changed or cut short (the tag does not match).
        """
        if len(sealed) < NONCE_SIZE + TAG_SIZE:
            raise CaseFileError(f"{source}: damaged: the file is cut short")
        from cryptography.exceptions import InvalidTag

        try:
            return self._aead.decrypt(sealed[:NONCE_SIZE], sealed[NONCE_SIZE:], associated)
        except InvalidTag:
            raise AuthenticationError(
                f"{source}: damaged: the encrypted content does not match its authentication tag "
                "(the file was changed or cut short)"
            ) from None

    def encrypt_file(self, plaintext: bytes, kind: FileKind = FileKind.CASE, context: bytes = b"") -> bytes:
        """The whole encrypted file: header, nonce, ciphertext and tag.

        Args:
            plaintext: the content.
            kind: what the file is (in the header).
            context: more associated data, not stored: where the file belongs (a snapshot's session
                and save point), so it opens only there.
        """
        header = self.header(kind)
        return header + self.seal(plaintext, header + context)


def is_encrypted_data(data: bytes) -> bool:
    """Whether ``data`` starts like an encrypted Interview Guide file (or a cut-short one)."""
    return bool(data) and data[: len(MAGIC)] == MAGIC[: len(data)]


def decrypt_file(
    data: bytes,
    source: str,
    passphrase: str | None = None,
    key: CaseKey | None = None,
    kind: FileKind = FileKind.CASE,
    context: bytes = b"",
) -> tuple[bytes, CaseKey]:
    """Decrypt a whole encrypted file with a known key or a passphrase.

    ``key`` is used when it belongs to this file (no derivation); otherwise the key is derived from
    ``passphrase`` with the parameters in the header (checked against bounds first). ``context`` is
    the associated data given to :meth:`CaseKey.encrypt_file` besides the header.

    Returns:
        The plaintext and the key (to reuse for later saves).

    Raises:
        PassphraseRequiredError: no usable key and no passphrase.
        WrongPassphraseError: the passphrase does not open the file.
        CaseFileError: the file is damaged or not of this kind.
    """
    header = parse_header(data, source, kind)
    if key is None or not key.opens(header):
        if passphrase is None:
            raise PassphraseRequiredError(f"{source}: is encrypted; a passphrase is needed to open it")
        key = CaseKey.unlock(header, passphrase, source)
    return key.open(data[HEADER_SIZE:], header.raw + context, source), key
