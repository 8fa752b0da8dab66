/**
 * The browser entry of the language server (vscode.dev, github.dev): runs in a dedicated Web Worker and speaks
 * JSON-RPC with the page by postMessage. Bundled to dist/browser/server.js (esbuild.mjs). It reads no files, so
 * there is no `.gdpr-lens.json` support here: startServer gets no project-config reader.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';

/**
 * The worker's global scope. The root tsconfig types Node, not the WebWorker lib, so only what the transport
 * needs is declared here; the value is the real DedicatedWorkerGlobalScope at run time.
 */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection);
connection.listen();
