// Preload (node --require) for test/robustness/offline.test.ts: every way Node offers to open a network
// connection or resolve a name is replaced by a function that appends the attempt to $GDPR_LENS_NET_LOG and throws.
// Pipes that already exist (stdio) need none of these.
'use strict';
const fs = require('node:fs');
const log = process.env.GDPR_LENS_NET_LOG;
// Proof that the trap was loaded into this process.
if (log) fs.appendFileSync(`${log}.loaded`, `${process.pid}\n`);

function trap(name) {
  return function trapped(...args) {
    const what = args.map((a) => { try { return typeof a === 'function' ? '[function]' : JSON.stringify(a); } catch { return String(a); } }).join(', ');
    const line = JSON.stringify({ pid: process.pid, call: name, args: what.slice(0, 300), stack: new Error().stack.split('\n').slice(2, 8).join('\n') });
    if (log) fs.appendFileSync(log, line + '\n');
    throw new Error(`network access is trapped in this test: ${name}(${what.slice(0, 100)})`);
  };
}

const net = require('node:net');
const tls = require('node:tls');
const http = require('node:http');
const https = require('node:https');
const http2 = require('node:http2');
const dns = require('node:dns');
const dgram = require('node:dgram');

net.connect = trap('net.connect');
net.createConnection = trap('net.createConnection');
net.Socket.prototype.connect = trap('net.Socket#connect');
tls.connect = trap('tls.connect');
http.request = trap('http.request');
http.get = trap('http.get');
https.request = trap('https.request');
https.get = trap('https.get');
http2.connect = trap('http2.connect');
dgram.createSocket = trap('dgram.createSocket');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveTxt', 'resolveSrv', 'reverse']) {
  if (typeof dns[name] === 'function') dns[name] = trap(`dns.${name}`);
  if (dns.promises && typeof dns.promises[name] === 'function') dns.promises[name] = trap(`dns.promises.${name}`);
}
globalThis.fetch = trap('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = trap('WebSocket');
