/** The Node entry of the language server: `node dist/server.js --stdio` (or --node-ipc, --socket=N). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { readProjectConfig } from './projectConfig';

const connection = createConnection(ProposedFeatures.all);
startServer(connection, { readProjectConfig });
connection.listen();
