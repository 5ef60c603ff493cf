import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteAnalysis, NoteContext } from '@casenote/lint';
import { parse } from 'yaml';

export const corpusDir = join(import.meta.dirname, '.');

/** Every development corpus file (the top-level files and `real/`), never the sealed held-out sets. */
export function devCorpusFiles(): string[] {
  const yamlIn = (dir: string) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.yml') && !name.startsWith('heldout'))
      .map((name) => join(dir, name));
  return [...yamlIn(corpusDir), ...yamlIn(join(corpusDir, 'real'))];
}

/**
 * Every different `text` in the development corpora, at any depth of their items (never the sealed held-out sets),
 * each once: the tests that compare a fast path with a reference on every text learn nothing from a text twice.
 */
export function devCorpusTexts(): string[] {
  const texts = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const entry of value) visit(entry);
    else if (value && typeof value === 'object')
      for (const [key, entry] of Object.entries(value)) {
        if (key === 'text' && typeof entry === 'string') texts.add(entry);
        else visit(entry);
      }
  };
  for (const file of devCorpusFiles()) visit(parse(readFileSync(file, 'utf8')));
  return [...texts];
}

/** Reads one YAML corpus file (a list of items); a missing file reads as an empty list. */
export function loadCorpus<T>(file: string): T[] {
  const path = join(corpusDir, file);
  if (!existsSync(path)) return [];
  const items = parse(readFileSync(path, 'utf8')) as T[] | null;
  return items ?? [];
}

export interface FlaggedItem {
  text: string;
  category: 'victim-blaming' | 'deficit' | 'jargon';
  rule?: string;
  source: string;
}

export interface CleanItem {
  text: string;
  kind: 'rewrite' | 'recording';
  source: string;
}

/** The analysed sentence each labelled sentence of a passage falls in (found by where the labelled text starts, else its middle). */
export function alignLabelledSentences<Label extends { text: string }>(
  passage: { text: string; sentences: readonly Label[] },
  analysis: NoteAnalysis,
): Array<{ label: Label; found: NoteAnalysis['sentences'][number] | undefined }> {
  let cursor = 0;
  return passage.sentences.map((label) => {
    const at = passage.text.indexOf(label.text, cursor);
    const start = at === -1 ? cursor : at;
    if (at !== -1) cursor = at + label.text.length;
    const middle = start + Math.floor(label.text.length / 2);
    const found =
      analysis.sentences.find((sentence) => start >= sentence.from && start < sentence.to) ??
      analysis.sentences.find((sentence) => middle >= sentence.from && middle < sentence.to);
    return { label, found };
  });
}

/**
 * The sentence kind the corpus labels mean (README "Quoted words and the meter", kind19): a sentence about the child
 * only in someone else's quoted words is labelled about-child, while the engine's `kind` stays what the meter counts
 * (the writer's own words: neutral) and marks it `quotedAboutChild`. With `meter`, the meter's kind alone.
 */
export function labelledKind(
  found: NoteAnalysis['sentences'][number] | undefined,
  meter = process.argv.includes('--meter'),
): string | undefined {
  if (!found) return undefined;
  return found.kind === 'neutral' && found.quotedAboutChild && !meter ? 'about-child' : found.kind;
}

/** What a corpus item says a host would know: the child (when the document names them) and the household. */
export interface HostFacts {
  /** `cipher`: the letters the document names the child by ("CD"), given as the name where no name is given. */
  child?: { name?: string; age?: number; pronouns?: 'she' | 'he' | 'they'; cipher?: string };
  household?: string[];
  /** The passage is the child's own words, as a host that knows who writes would say (`writer: child`). */
  writer?: 'child';
}

/**
 * Stands in for the child's name where the document gives only a pronoun: a host always knows the name and gives the
 * pronoun with it; a token no text holds stands for the name the document leaves out (voice37b, the lead's rulings of
 * the thirty-second session: one host context for every measure).
 */
export const unnamedChild = '(unnamed)';

/** How a measure gives the host context: `hostContextOf`'s options. */
export interface HostOptions {
  namesOnly?: boolean;
  ciphers?: boolean;
}

/**
 * `hostContextOf`'s options from a measure's command line, the one home of its flags: `--names-only` (a pronoun-only
 * child gives no child, as before the thirty-third session) and `--no-ciphers` (a child named only by a cipher gets no
 * name; by default the cipher is the name).
 */
export function hostOptionsFromArgs(args: readonly string[]): Required<HostOptions> {
  return { namesOnly: args.includes('--names-only'), ciphers: !args.includes('--no-ciphers') };
}

/**
 * The context a host would give for a corpus item: the child with age and pronouns (a child the document names by
 * pronoun only gets the pronoun with `unnamedChild` for the name), the household, and `writer: child` where the item
 * says the child wrote it. The one home of the host context for every measure; `namesOnly` measures as before the
 * thirty-third session (a pronoun-only child gives no child), for reporting figures both ways; `ciphers` (the default
 * since the thirty-fourth session, the lead's ruling) gives a child named only by a cipher that cipher as the name;
 * `ciphers: false` measures without it.
 */
export function hostContextOf(item: HostFacts, { namesOnly = false, ciphers = true }: HostOptions = {}): NoteContext {
  const context: NoteContext = {};
  // (`ciphers`: the cipher a document names the child by given as the name, as a host knowing the child would)
  const name =
    item.child?.name ??
    (ciphers ? item.child?.cipher : undefined) ??
    (item.child?.pronouns && !namesOnly ? unnamedChild : undefined);
  if (item.child && name) {
    context.child = { name };
    if (item.child.age !== undefined) context.child.age = item.child.age;
    if (item.child.pronouns) context.child.pronouns = item.child.pronouns;
  }
  if (item.household?.length) context.household = item.household.map((name) => ({ name }));
  if (item.writer === 'child') context.writer = 'child';
  return context;
}
