import type { Connection, ExecuteCommandParams, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from '../../service';
import type { Settings } from '../../shared/settings';
import { registerCodeActions } from './codeActions';
import { registerHover } from './hover';
import { registerLinks } from './links';
import { registerCompletion } from './completion';
import { registerOutline } from './outline';
import { registerSectionLens } from './sectionLens';
import { registerChecklist } from './checklist';

/** What every editor feature gets from the server: documents, settings and the cached analysis. */
export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settingsFor(uri: string): Promise<Settings>;
  /**
   * The language for hovers and messages: the setting, or the client's locale when it is "auto", or, when the
   * client sent no locale, the document's language ("auto" lets the core use the document's language).
   */
  uiLanguage(settings: Settings, documentLanguage?: string): string;
  analysis(uri: string): Promise<{ document: TextDocument; settings: Settings; result: AnalysisResult } | null>;
}

/** A feature's contribution: its server capabilities and the commands it executes. */
export interface Feature {
  capabilities?: ServerCapabilities;
  commands?: string[];
  executeCommand?(params: ExecuteCommandParams): Promise<unknown>;
}

/** Registers every editor feature (one module each) and merges what they contribute. */
export function registerFeatures(context: FeatureContext) {
  const features: Feature[] = [registerCodeActions(context)];
  features.push(registerHover(context), registerLinks(context), registerCompletion(context));
  features.push(registerOutline(context), registerSectionLens(context), registerChecklist(context));
  const commands = features.flatMap((f) => f.commands ?? []);
  return {
    capabilities: Object.assign({}, ...features.map((f) => f.capabilities ?? {})) as ServerCapabilities,
    commands,
    async executeCommand(params: ExecuteCommandParams): Promise<unknown> {
      for (const feature of features) {
        if (feature.commands?.includes(params.command) && feature.executeCommand) return feature.executeCommand(params);
      }
      return undefined;
    },
  };
}
