# One task runner: `make run` sets up and opens the app; `make test` sets up and runs every check.
# The venv is made with the newest Python >= 3.12 found on PATH or in pyenv: None, True and
# False are immortal there, so planner/none_refcount.py's workaround for PySide6 6.12 has
# nothing to do (docs/upstream/pyside6-none-refcount.md). Without one, python3 (3.11 on
# Debian 12), with the workaround. A candidate must have venv and ensurepip (Debian ships them
# in python3.X-venv). `make PYTHON=python3.11` chooses by hand.
NEWEST = $(shell for p in python3.14 python3.13 python3.12 \
	$(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3; do $$p -c 'import ensurepip, sys, venv; v = sys.version_info; \
	v >= (3, 12) and print(f"{v[0]}.{v[1]:03d}.{v[2]:03d}", sys.executable)' 2>/dev/null; \
	done | sort -r | head -n 1 | cut -d " " -f 2)
PYTHON ?= $(or $(NEWEST),python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint i18n build bench sample clean install-desktop

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)  # an existing venv keeps its Python
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' || echo "note: $(VENV) runs \
	Python 3.11 (with planner/none_refcount.py); rm -rf $(VENV) to remake it with $(PYTHON)"
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Each .qm is rebuilt only when its .ts changed (not on every `make run`).
TS := $(wildcard translations/*.ts)
QM := $(TS:.ts=.qm)

i18n: $(QM)

translations/%.qm: translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: i18n
	$(PY) main.py

test: i18n
	$(PY) -m ruff check planner tests tools main.py
	$(PY) -m ruff format --check planner tests tools main.py build.spec
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check planner tests tools main.py
	$(PY) -m ruff format --check planner tests tools main.py build.spec
	$(PY) -m mypy

sample: i18n
	$(PY) main.py demo --out sample.planner

bench: i18n
	$(PY) tests/perf/bench.py

build: i18n
	$(PY) -m PyInstaller --noconfirm build.spec

# The built app in the desktop's menu (Linux): `make build install-desktop`.
BUNDLE ?= $(CURDIR)/dist/CampaignPlanner/CampaignPlanner
DESKTOP_DIR ?= $(HOME)/.local/share/applications
ICON_DIR ?= $(HOME)/.local/share/icons/hicolor
install-desktop:
	@test -x "$(BUNDLE)" || { echo "no $(BUNDLE): run make build first" >&2; exit 1; }
	mkdir -p "$(DESKTOP_DIR)" "$(ICON_DIR)/256x256/apps" "$(ICON_DIR)/scalable/apps"
	install -m 644 resources/icons/app.png "$(ICON_DIR)/256x256/apps/campaign-planner.png"
	install -m 644 resources/icons/app.svg "$(ICON_DIR)/scalable/apps/campaign-planner.svg"
	sed 's|@BUNDLE@|$(BUNDLE)|g' packaging/linux/campaign-planner.desktop \
		> "$(DESKTOP_DIR)/campaign-planner.desktop"
	-update-desktop-database "$(DESKTOP_DIR)" 2>/dev/null
	-gtk-update-icon-cache -q "$(ICON_DIR)" 2>/dev/null
	@echo "installed $(DESKTOP_DIR)/campaign-planner.desktop"

clean:
	rm -rf build dist translations/*.qm
