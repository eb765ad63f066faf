#!/usr/bin/env bash
# Runs a command with a small file system of its own: a tmpfs of SIZE mounted at DIR inside a user
# and mount namespace of its own, so nothing is mounted for anyone else and the mount ends with the
# command. Used by DiskFullIT to run a server whose data directory fills up.
#
#   small-disk.sh SIZE DIR CONTROL COPY COMMAND...
#
# CONTROL is a directory for the test's signals: the file "fill" makes this script fill the file
# system (a filler file, until no byte is left) and answer "filled"; "make-room" removes the filler
# and answers "room-made". When COMMAND ends, DIR is copied to COPY, so that the test can look at
# the files as the command left them.
set -euo pipefail

if [ "${SMALL_DISK_INSIDE:-}" != yes ]; then
  SMALL_DISK_INSIDE=yes exec unshare --user --map-root-user --mount "$0" "$@"
fi

size="$1" dir="$2" control="$3" copy="$4"
shift 4
mkdir -p "$dir" "$control"
mount -t tmpfs -o "size=$size" tmpfs "$dir"

(
  while :; do
    if [ -e "$control/fill" ] && [ ! -e "$control/filled" ]; then
      dd if=/dev/zero of="$dir/filler" bs=64k 2>/dev/null || true
      touch "$control/filled"
    fi
    if [ -e "$control/make-room" ] && [ ! -e "$control/room-made" ]; then
      rm -f "$dir/filler"
      touch "$control/room-made"
    fi
    sleep 0.2
  done
) &
watcher=$!

"$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null || true' TERM INT
while kill -0 "$child" 2>/dev/null; do
  wait "$child" || true
done
kill "$watcher" 2>/dev/null || true
rm -f "$dir/filler"
rm -rf "$copy"
cp -a "$dir" "$copy"
