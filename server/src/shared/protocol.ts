/** Names shared by the client and the server. */
export const SERVER_COMMAND_CHECK_DOCUMENT = 'gdprLens.server.checkDocument';
export const CLIENT_COMMAND_CHECK_DOCUMENT = 'gdprLens.checkDocument';
export const CLIENT_COMMAND_RESTART = 'gdprLens.restartServer';
export const DIAGNOSTIC_SOURCE = 'gdpr-lens';
/** The language id of documents that are always checked. */
export const POLICY_LANGUAGE_ID = 'privacy-policy';
/** The source action that inserts every missing section, and the command that applies it. */
export const SOURCE_ACTION_INSERT_ALL_MISSING = 'source.gdprLens.insertAllMissing';
export const SERVER_COMMAND_INSERT_ALL_MISSING = 'gdprLens.server.insertAllMissing';
export const CLIENT_COMMAND_INSERT_ALL_MISSING = 'gdprLens.insertAllMissing';
/** The checklist view: the client command that reveals it, and the custom request that fills it (docs/protocol.md). */
export const CLIENT_COMMAND_SHOW_CHECKLIST = 'gdprLens.showChecklist';
export const CLIENT_COMMAND_REVEAL_RANGE = 'gdprLens.revealRange';
export const CLIENT_COMMAND_REFRESH_CHECKLIST = 'gdprLens.refreshChecklist';
export const CHECKLIST_REQUEST = 'gdprLens/checklist';
