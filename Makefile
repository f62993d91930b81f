# Every target sets itself up: a fresh machine with Python 3.11 needs nothing else.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test generate check-generated spec-diff api-check lint typecheck unit wheel bench mutation clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "make: $(PYTHON) not found (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --upgrade pip
	$(BIN)/python -m pip install -qq -e '.[testing,otel,redis,dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python examples/demo.py

generate: $(STAMP)
	$(BIN)/python codegen/generate.py

check-generated: generate
	@git diff --exit-code --stat -- np6_client/_generated np6_client/api np6_client/models.py docs || { echo "generated code differs from the spec: run make generate and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- np6_client/_generated np6_client/api np6_client/models.py docs)" || { echo "untracked generated files"; git status --short -- np6_client/_generated np6_client/api np6_client/models.py docs; exit 1; }

# The spec at BASE (a git revision; default: the last release) against the working tree's openapi/.
spec-diff: $(STAMP)
	$(BIN)/python codegen/spec_diff.py $(BASE)

# Breaking spec or public-API changes since the last release need a version and changelog that say so.
api-check: $(STAMP)
	$(BIN)/python codegen/release_check.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

wheel: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --wheel --outdir dist . >/dev/null
	$(BIN)/python codegen/check_wheel.py dist

test: $(STAMP) check-generated api-check lint typecheck unit wheel
	@echo "make test: all checks passed"

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

# Mutation testing of the hand-written client layer (configured in pyproject's [tool.mutmut]); slow,
# so not part of `make test`. Mutants only a test of the call stack can judge (docs/mutation*.md,
# "Judged outside mutmut") are then run outside mutmut; prints the score per module and overall.
# make mutation MUTANTS='np6_client._streaming.stream*' runs the mutants of one module (mutmut's name globs).
mutation: $(STAMP)
	rm -rf mutants
	$(BIN)/mutmut run --max-children 2 $(MUTANTS) >mutation.log 2>&1 || { tail -n 40 mutation.log; exit 1; }
	$(BIN)/python tools/judge_outside.py
	$(BIN)/python tools/mutation_score.py

clean:
	rm -rf $(VENV) dist build mutants mutation.log .mypy_cache .pytest_cache .ruff_cache
