"""Run the command line over damaged case files and count what happens (issue 14).

Makes about 75 damaged case files (plain and encrypted: cut short, bytes changed, random bytes,
JSON that Python's parser chokes on, a FIFO, a device, a 200 MB file, links...), runs four commands
on each (fingerprint, export, decrypt --force, passwd) in a child process limited to 1 GiB of address
space with a 60 s timeout, and prints how many runs ended as they should (exit 2, one line on stderr,
the input unchanged), how many were accepted (exit 0: the damage did not matter), and how many
ended otherwise (traceback, another exit code, more than one line, a hang, a changed input), with
the largest memory use of any run.

Usage: .venv/bin/python scripts/damage_campaign.py [--keep FOLDER] [--seed N]
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

MIB = 1 << 20
PASSPHRASE = "campaign passphrase"
TIMEOUT = 60.0
MEMORY_LIMIT = 1 << 30
_CHILD = textwrap.dedent(
    """
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[1]), int(sys.argv[1])))
    report = sys.argv[2]
    try:
        from interview_guide.cli import main
        code = main(sys.argv[3:])
    finally:
        with open(report, "w") as out:
            out.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
    sys.exit(code)
    """
)


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "interview_guide", *args], capture_output=True, text=True, env=env, check=False
    )


def _damaged(folder: Path, plain: bytes, encrypted: bytes, rng: random.Random) -> dict[str, Path]:
    """name -> damaged file."""
    files: dict[str, Path] = {}

    def put(name: str, data: bytes) -> None:
        if data in (plain, encrypted):
            raise AssertionError(f"{name}: not damaged")
        path = folder / f"{name}.igcase"
        path.write_bytes(data)
        files[name] = path

    doc = json.loads(plain)
    for fraction in (0.0, 0.01, 0.25, 0.5, 0.75, 0.99):
        put(f"plain-cut-{fraction}", plain[: int(len(plain) * fraction)])
        put(f"enc-cut-{fraction}", encrypted[: int(len(encrypted) * fraction)])
    put("enc-cut-header", encrypted[:20])
    for i in range(8):
        data = bytearray(plain)
        data[rng.randrange(len(data))] = rng.randrange(256)
        put(f"plain-byte-{i}", bytes(data))
    for i in range(8):
        data = bytearray(encrypted)
        where = rng.randrange(64) if i < 4 else rng.randrange(64, len(data))
        data[where] ^= 1 << rng.randrange(8)
        put(f"enc-bit-{'header' if i < 4 else 'body'}-{i}", bytes(data))
    for size in (0, 1, 100, 100_000):
        put(f"random-{size}", rng.randbytes(size))
    put("random-behind-magic", encrypted[:8] + rng.randbytes(5000))
    put("digits-4301", b'{"schema_version": 1, "x": ' + b"7" * 4301 + b"}")
    version = re.compile(rb'"schema_version": *[0-9]+')
    put("digits-5000-in-case", version.sub(b'"schema_version": ' + b"9" * 5000, plain, count=1))
    put("digits-65", b'{"schema_version": 1, "x": ' + b"1" * 65 + b"}")
    put("float-huge", b'{"schema_version": 1e999}')
    put("nan", b'{"schema_version": NaN}')
    put("infinity", b'{"schema_version": -Infinity}')
    put("surrogate-escape", json.dumps({"schema_version": 1, "case": {"applicant_name": "\ud800"}}).encode())
    put("surrogate-low", plain.replace(b'"schema_version"', b'"\\udc00": 1, "schema_version"', 1))
    put("deep-65", b"[" * 65 + b"]" * 65)
    put("deep-million", b"[" * 1_000_000)
    put("tiny-lists-under-cap", b"[" + b"[]," * (16 * MIB // 3 - 2) + b"[]]")
    put("just-over-cap", b" " * (16 * MIB + 1))
    put("bom", b"\xef\xbb\xbf" + plain)
    put("utf16", plain.decode().encode("utf-16"))
    put("latin1", plain.replace(b'"', b'"\xe9', 1))
    put("nul-bytes", plain[:100] + b"\x00" * 100 + plain[100:])
    put("empty-object", b"{}")
    put("null", b"null")
    put("array", b"[]")
    put("string", b'"hello"')
    put("whitespace", b"   \n\t ")
    put("schema-999", json.dumps({**doc, "schema_version": 999}).encode())
    put("schema-string", json.dumps({**doc, "schema_version": "1"}).encode())
    put("schema-negative", json.dumps({**doc, "schema_version": -1}).encode())
    put("no-case", json.dumps({k: v for k, v in doc.items() if k != "case"}).encode())
    put("case-is-list", json.dumps({**doc, "case": []}).encode())
    control = b'"x": "\\u0001\\u0007\\u001b", "schema_version"'
    put("control-chars", plain.replace(b'"schema_version"', control, 1))
    put("duplicate-keys", b"{" + plain[1:-1] + b", " + plain[1:-1] + b"}")
    put("huge-string", json.dumps({**doc, "x": "a" * (15 * MIB)}).encode())
    put("plain-with-magic-prefix", encrypted[:4] + plain)
    put("docx-instead", b"PK\x03\x04" + rng.randbytes(2000))
    put("encrypted-high-kdf", _raise_kdf(encrypted))
    # Not regular files.
    big = folder / "sparse-200MB.igcase"
    with big.open("wb") as handle:
        handle.truncate(200 * MIB)
    files["sparse-200MB"] = big
    os.mkfifo(folder / "fifo.igcase")
    files["fifo"] = folder / "fifo.igcase"
    os.symlink("/dev/zero", folder / "dev-zero.igcase")
    files["symlink-to-/dev/zero"] = folder / "dev-zero.igcase"
    (folder / "a-folder.igcase").mkdir()
    files["folder"] = folder / "a-folder.igcase"
    os.symlink("loop.igcase", folder / "loop.igcase")
    files["symlink-loop"] = folder / "loop.igcase"
    os.symlink("nowhere.igcase", folder / "dangling.igcase")
    files["dangling-symlink"] = folder / "dangling.igcase"
    files["missing"] = folder / "missing.igcase"
    return files


def _raise_kdf(encrypted: bytes) -> bytes:
    """The header with its memory cost raised as far as a byte change goes (altered parameters)."""
    data = bytearray(encrypted)
    data[12] = 0xFF  # inside the KDF parameters of the header
    return bytes(data)


def _digest(path: Path) -> str | None:
    try:
        if not path.is_file() or path.stat().st_size > 64 * MIB:
            return "n/a"
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="make the files in this folder and keep them")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="damage-campaign-"))
    root.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTERVIEW_GUIDE_")}
    env |= {"INTERVIEW_GUIDE_PASSPHRASE": PASSPHRASE, "INTERVIEW_GUIDE_NEW_PASSPHRASE": "a new passphrase"}
    env["INTERVIEW_GUIDE_DATA_DIR"] = str(root / "data")
    base = root / "base"
    base.mkdir(exist_ok=True)
    _cli("demo-case", "-o", str(base / "plain.igcase"), env=env).check_returncode()
    _cli("encrypt", "-o", str(base / "enc.igcase"), str(base / "plain.igcase"), env=env).check_returncode()
    files = _damaged(
        root,
        (base / "plain.igcase").read_bytes(),
        (base / "enc.igcase").read_bytes(),
        random.Random(args.seed),
    )
    out = root / "out"
    out.mkdir(exist_ok=True)
    commands = {
        "fingerprint": lambda case: ["fingerprint", case],
        "export": lambda case: ["export", "-o", str(out / "x.docx"), case],
        "decrypt": lambda case: ["decrypt", "--force", "-o", str(out / "x.igcase"), case],
        "passwd": lambda case: ["passwd", case],
    }
    outcomes: collections.Counter[str] = collections.Counter()
    bad: list[str] = []
    peak = (0, "")
    for name, path in files.items():
        for command, make in commands.items():
            before = _digest(path)
            report = root / "rss"
            report.unlink(missing_ok=True)
            argv = [sys.executable, "-c", _CHILD, str(MEMORY_LIMIT), str(report), *make(str(path))]
            try:
                run = subprocess.run(
                    argv, capture_output=True, text=True, env=env, timeout=TIMEOUT, stdin=subprocess.DEVNULL
                )
            except subprocess.TimeoutExpired:
                outcomes["hang"] += 1
                bad.append(f"{name} / {command}: hang")
                continue
            rss = int(report.read_text()) if report.exists() else 0
            if rss > peak[0]:
                peak = (rss, f"{name} / {command}")
            lines = run.stderr.strip().splitlines()
            if command == "passwd" and run.returncode == 0:
                # it really re-encrypted: the file was fine after all; restore it for the next command
                outcome = "accepted (exit 0)"
            elif _digest(path) != before:
                outcome = "input changed"
            elif "Traceback" in run.stderr:
                outcome = "traceback"
            elif run.returncode == 0:
                outcome = "accepted (exit 0)"
            elif run.returncode == 2 and len(lines) == 1:
                outcome = "one line, exit 2"
            elif run.returncode == 2:
                outcome = f"exit 2, {len(lines)} lines"
            else:
                outcome = f"exit {run.returncode}"
            outcomes[outcome] += 1
            if outcome not in ("one line, exit 2", "accepted (exit 0)"):
                bad.append(f"{name} / {command}: {outcome}: {run.stderr.strip()[-300:]}")
            elif outcome == "accepted (exit 0)":
                print(f"accepted: {name} / {command}")
    runs = sum(outcomes.values())
    print(f"{len(files)} damaged files, {runs} runs")
    for outcome, count in outcomes.most_common():
        print(f"  {count:4d}  {outcome}")
    print(f"largest memory use: {peak[0] / 1024:.0f} MiB ({peak[1]})")
    for line in bad:
        print("NOT AS IT SHOULD:", line)
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
