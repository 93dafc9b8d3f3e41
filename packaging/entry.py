"""Entry point of the self-contained bundle (PyInstaller runs this as the main script)."""

import os

# Started without LANG or LC_* (a service, `env -i`, some desktop launchers), the C locale would make Qt
# warn and switch by itself; choose C.UTF-8 before Qt reads the locale. Python itself runs in UTF-8
# mode in the bundle (see interview-guide.spec), so file names and text files are UTF-8 either way.
if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")) and os.name == "posix":
    os.environ["LC_CTYPE"] = "C.UTF-8"

from interview_guide.cli import main

raise SystemExit(main())
