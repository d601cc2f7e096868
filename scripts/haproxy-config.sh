#!/usr/bin/env bash
# Writes the HAProxy configuration of a two-node cluster to stdout (./start.sh --cluster and ClusterIT use it).
# Usage: scripts/haproxy-config.sh LISTEN_PORT NODE1_HTTP_PORT NODE2_HTTP_PORT
#  - SOAP (/elicensing/SyncChannel) round robin: every message may go to either node;
#  - everything else (the workbench, the API, the pages) sticky on JSESSIONID (HAProxy prefixes the cookie with the
#    node's name and strips it again), and to the other node when that one is down (option redispatch): the session is
#    on both nodes (distributable, Infinispan), so the officer stays signed in;
#  - a node is in the pool while /elicensing/health/ready answers 200 (checked every second, out after 2 failures);
#    a request whose connection to a dead node fails is tried once more on the other.
set -euo pipefail
[ $# -eq 3 ] || { sed -n '2,3p' "$0" >&2; exit 2; }
listen=$1 node1=$2 node2=$3
cat <<CFG
global
    maxconn 2000

defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout http-request 30s
    retries 2
    option redispatch 1
    option forwardfor
    default-server inter 1s fall 2 rise 2

frontend elicensing
    bind 127.0.0.1:${listen}
    acl soap path_beg /elicensing/SyncChannel
    use_backend soap if soap
    default_backend workbench

backend soap
    balance roundrobin
    option httpchk GET /elicensing/health/ready
    http-check expect status 200
    server node1 127.0.0.1:${node1} check
    server node2 127.0.0.1:${node2} check

backend workbench
    balance roundrobin
    cookie JSESSIONID prefix nocache
    option httpchk GET /elicensing/health/ready
    http-check expect status 200
    server node1 127.0.0.1:${node1} check cookie node1
    server node2 127.0.0.1:${node2} check cookie node2
CFG
