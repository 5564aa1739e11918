import { describe, expect, it } from 'vitest';
import {
  annotationCommand,
  annotationProperties,
  emitAnnotations,
  isRepositoryFile,
  planAnnotations,
  toAnnotation,
  type AnnotationLevel,
} from '../../src/action/annotations.js';
import { finding, HOSTILE, many } from './fixtures.js';

describe('annotations', () => {
  it('shows at most 10 per kind, most severe first, and counts the rest', () => {
    const findings = [...many(0, 12, 0), ...many(14, 0, 11)];
    const plan = planAnnotations(findings);
    expect(plan.shown.map((a) => a.level)).toEqual([
      ...Array<AnnotationLevel>(10).fill('error'),
      ...Array<AnnotationLevel>(10).fill('warning'),
      ...Array<AnnotationLevel>(10).fill('notice'),
    ]);
    expect(plan.notAnnotated).toBe(37 - 30);
    expect(plan.all).toHaveLength(37);
  });

  it('keeps a slot for the failure message and honours the per-job cap', () => {
    expect(planAnnotations(many(12, 0, 0), undefined, { error: 1 }).shown).toHaveLength(9);
    const tight = planAnnotations(many(5, 5, 5), {
      perLevel: { error: 10, warning: 10, notice: 10 },
      perJob: 7,
    });
    expect(tight.shown.map((a) => a.level)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'error',
      'warning',
      'warning',
    ]);
    expect(tight.notAnnotated).toBe(8);
  });

  it('makes waived findings and notes notices', () => {
    const waived = finding('review-stale', 'note', 3, {
      waived: { id: 'WVR-1', reason: 'r', approvedBy: 'CISO', expires: '2027-01-01' },
    });
    expect(toAnnotation(waived).level).toBe('notice');
    expect(toAnnotation(finding('usage-undeclared', 'note', 1)).level).toBe('notice');
    expect(toAnnotation(finding('review-due-soon', 'warning', 1)).level).toBe('warning');
  });

  it('puts the annotation on the exact span, titled with the rule id', () => {
    expect(annotationCommand(toAnnotation(finding('vendor-unknown', 'error', 7)))).toBe(
      '::error file=.github/ai-vendors.yml,line=7,endLine=7,col=5,endColumn=20,title=vendor-unknown::vendor-unknown at line 7.',
    );
    const multi = finding('manifest-invalid', 'error', 2, {
      location: { file: 'a,b:c.yml', line: 2, column: 1, endLine: 4, endColumn: 3 },
    });
    expect(annotationCommand(toAnnotation(multi))).toBe(
      '::error file=a%2Cb%3Ac.yml,line=2,endLine=4,title=manifest-invalid::manifest-invalid at line 2.',
    );
  });

  it('gives findings outside the repository no file', () => {
    const remote = finding('review-stale', 'error', 12, {
      location: {
        file: 'github:acme/ai-governance/registry.yml@main',
        line: 12,
        column: 1,
        endLine: 12,
        endColumn: 9,
      },
    });
    expect(annotationProperties(toAnnotation(remote))).toEqual([['title', 'review-stale']]);
    expect(isRepositoryFile('src/app.ts')).toBe(true);
    expect(isRepositoryFile('../registry.yml')).toBe(false);
    expect(isRepositoryFile('/etc/registry.yml')).toBe(false);
    expect(isRepositoryFile('https://example.com/r.yml')).toBe(false);
  });

  it('writes one line per annotation; no untrusted text starts a command', () => {
    const lines: string[] = [];
    const hostile = finding('vendor-unknown', 'error', 1, { message: HOSTILE });
    emitAnnotations(planAnnotations([hostile, ...many(0, 1, 1)]), (line) => void lines.push(line));
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['::error', '::warning', '::notice']);
    expect(lines[0]).not.toContain('\n');
    expect(lines[0]).toMatch(/title=vendor-unknown::x ::error::pwned/);
  });
});
