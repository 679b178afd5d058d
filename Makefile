# One task runner: `make run` sets up and opens the app; `make test` sets up and runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint i18n build bench sample clean install-desktop

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
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
