import cb000 from '../../../codebooks/000-renn4-inpandige-samenwerking.json';
import cb001 from '../../../codebooks/001-renn4-vooronderzoek.json';
import cb002 from '../../../codebooks/002-oss-passend-onderwijs.json';
import cb003 from '../../../codebooks/003-verwey-jonker-kennissynthese.json';
import cb004 from '../../../codebooks/004-raamwerk-interprofessioneel-samenwerken.json';
import crosswalkJson from '../../../codebooks/crosswalk.json';
import type { CodebookCode, CodebookFile, CrosswalkConcept, CrosswalkFile } from './types';

export { codebookTree, flattenTree, toProjectCodes, resolvedColors, ancestry, DEFAULT_CODE_COLOR } from './tree';
export type { CodebookTreeNode, ToProjectCodesContext } from './tree';

/**
 * The predefined codebooks shipped with Werkbank, in source order. The JSON files are validated by
 * the unit tests (test/unit/codebook), so they are typed here without a runtime check.
 */
export const PREDEFINED_CODEBOOKS: readonly CodebookFile[] = [cb000, cb001, cb002, cb003, cb004].map(
  (json) => json as unknown as CodebookFile,
);

/** File names of the shipped codebooks under `codebooks/`, by codebook id. */
export const PREDEFINED_CODEBOOK_FILES: Readonly<Record<string, string>> = {
  '000-renn4-inpandige-samenwerking': '000-renn4-inpandige-samenwerking.json',
  '001-renn4-vooronderzoek': '001-renn4-vooronderzoek.json',
  '002-oss-passend-onderwijs': '002-oss-passend-onderwijs.json',
  '003-verwey-jonker-kennissynthese': '003-verwey-jonker-kennissynthese.json',
  '004-raamwerk-interprofessioneel-samenwerken': '004-raamwerk-interprofessioneel-samenwerken.json',
};

export const CROSSWALK: CrosswalkFile = crosswalkJson as unknown as CrosswalkFile;

export function getPredefinedCodebook(id: string): CodebookFile | undefined {
  return PREDEFINED_CODEBOOKS.find((cb) => cb.id === id);
}

/** Looks a code up across all shipped codebooks (code ids are unique across them). */
export function findPredefinedCode(codeId: string): { codebook: CodebookFile; code: CodebookCode } | undefined {
  for (const codebook of PREDEFINED_CODEBOOKS) {
    const code = codebook.codes.find((c) => c.id === codeId);
    if (code) return { codebook, code };
  }
  return undefined;
}

/** The crosswalk concepts a code belongs to. */
export function conceptsOf(codeId: string, crosswalk: CrosswalkFile = CROSSWALK): CrosswalkConcept[] {
  return crosswalk.concepts.filter((c) => c.codes.includes(codeId));
}

/** Codes in other codebooks that denote the same concept as `codeId`, per the crosswalk. */
export function equivalentCodes(codeId: string, crosswalk: CrosswalkFile = CROSSWALK): string[] {
  const out = new Set<string>();
  for (const concept of conceptsOf(codeId, crosswalk)) for (const id of concept.codes) if (id !== codeId) out.add(id);
  return [...out];
}
