# The one entry point. `make run` brings up a real 3-node ring on a local cluster; `make test` does all
# of its own set-up (npm ci, make deps, Java and Maven checks) and then lint, unit, integration and e2e.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build
DEPS_DIR := $(CURDIR)/.deps
export DEPS_DIR

.PHONY: build proto proto-check lint test test-unit test-int test-e2e e2e deps toolchain run cluster bench clean dist

node_modules/.stamp: package-lock.json package.json proto/package.json scheduler/package.json executor/package.json e2e/package.json cli/package.json
	npm ci --no-audit --no-fund
	touch $@

build: node_modules/.stamp
	npx tsc -b

proto: node_modules/.stamp
	bash proto/generate.sh

# Generated code is committed; this fails when it no longer matches the .proto sources.
proto-check: node_modules/.stamp
	bash proto/generate.sh --check

lint: node_modules/.stamp build
	npx eslint --max-warnings 0 .
	npx prettier --check .
	npx madge --circular --extensions js proto/dist scheduler/dist executor/dist e2e/dist cli/dist
	$(MAKE) --no-print-directory proto-check

toolchain:
	@command -v java >/dev/null || { echo "java not found: install OpenJDK 17" >&2; exit 1; }
	@java -version 2>&1 | grep -Eq 'version "17' || { echo "Cassandra 5.0 here runs on JDK 17; found: $$(java -version 2>&1 | head -1)" >&2; exit 1; }
	@command -v mvn >/dev/null || { echo "mvn not found: install Maven 3.8+" >&2; exit 1; }

deps: toolchain
	bash config/deps/fetch.sh

test: node_modules/.stamp deps build
	rm -f .run/test-counts
	$(MAKE) --no-print-directory lint test-unit test-int test-e2e
	@awk '{p+=$$2; f+=$$3} END {printf "tests: %d passed, %d failed\n", p, f}' .run/test-counts

test-unit: build
	bash config/build/run-tests.sh unit

test-int: build deps
	bash config/build/run-tests.sh int --test-concurrency=1

test-e2e: build deps
	bash config/build/run-tests.sh e2e --test-concurrency=1

# The end-to-end scenarios alone (e2e/src/scenarios: whole rings on the local cluster).
e2e: test-e2e

# Every *.bench.js under a package's dist/ prints its figures as JSON lines on stdout.
bench: build deps
	@for f in $$(find proto scheduler executor e2e cli -path '*/node_modules' -prune -o -path '*/dist/*' -name '*.bench.js' -print | sort); do node "$$f"; done

# A real ring on this machine, in the foreground (README, "make run"): ZooKeeper, the local cluster with
# 3 agents, the scheduler with its API on 127.0.0.1:8080 (API_PORT); state kept in .run/ring; Ctrl-C
# stops everything. MESOS_MASTER / ZK_CONNECT point it at running ones instead.
run: build deps
	exec node e2e/dist/run/main.js

# The local Mesos cluster in the foreground: master on 127.0.0.1:5050 (MASTER_PORT), 3 agents (AGENTS)
# with resources from config/cluster.example.json (CLUSTER_CONFIG); Ctrl-C stops everything.
cluster: build
	node e2e/dist/cluster/main.js

# The release tarball, dist/cassandra-mesos-<version>.tar.gz: scheduler, executor and CLI, compiled,
# production dependencies only, bin/ launchers; what config/marathon.json fetches.
dist: build
	bash config/build/dist.sh

clean:
	rm -rf proto/dist scheduler/dist executor/dist e2e/dist cli/dist dist
