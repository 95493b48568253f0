#!/bin/bash
# Container healthcheck without curl or wget in the image: exits 0 when GET http://127.0.0.1:<port><path> answers
# 200 within five seconds. Usage: healthcheck <port> <path>
set -u
port="$1"
path="$2"
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n' "${path}" >&3
IFS= read -r -t 5 status <&3 || exit 1
[[ "${status}" =~ ^HTTP/1\.[01]\ 200 ]]
