// The court's case system over HTTP, speaking the JSON protocol in ./README.md. Any failure to get
// a well-formed answer (refused, reset, timed out, 5xx, bad JSON) is "unavailable": the caller keeps
// what it sent and tries again later with the same keys.
import { z } from 'zod';
import { AuditWitness, CaseStatus, FeeNotice } from '../../../contract';
import { courtUnavailable, type CourtGateway, type Submission, type SubmissionResult } from './court-gateway';

export interface HttpCourtOptions {
  baseUrl: string;
  timeoutMs: number;
  terminalId: string;
  fetch?: typeof fetch;
  /** Headers proving who is asking, over the method, path with query and body (the court's hub asks for them). */
  sign?: (method: string, pathWithQuery: string, body: string) => Record<string, string>;
}

const SubmitReply = z.object({
  results: z.array(
    z.discriminatedUnion('status', [
      z.object({ key: z.string(), status: z.literal('accepted'), courtRef: z.string().min(1) }),
      z.object({ key: z.string(), status: z.literal('rejected'), reason: z.string().min(1) }),
    ]),
  ),
});
const NoticeReply = z.object({ notice: FeeNotice.nullable() });
const CaseReply = z.object({ case: CaseStatus.nullable() });
const WitnessReply = z.object({ witness: AuditWitness.nullable() });

export class HttpCourt implements CourtGateway {
  readonly kind = 'http' as const;

  constructor(private readonly options: HttpCourtOptions) {}

  async findFeeNotice(caseNumber: string, payerIdNumber: string): Promise<FeeNotice | null> {
    const query = new URLSearchParams({ caseNumber, payerIdNumber });
    return (await this.request('GET', `fee-notices?${query}`, undefined, NoticeReply)).notice;
  }

  async findFilingFeeNotice(receiptNo: string, payerIdNumber: string): Promise<FeeNotice | null> {
    const query = new URLSearchParams({ receiptNo, payerIdNumber });
    return (await this.request('GET', `fee-notices?${query}`, undefined, NoticeReply)).notice;
  }

  async caseStatus(caseNumber: string, partyIdNumber: string): Promise<CaseStatus | null> {
    const query = new URLSearchParams({ caseNumber, partyIdNumber });
    return (await this.request('GET', `cases/status?${query}`, undefined, CaseReply)).case;
  }

  async auditWitness(): Promise<AuditWitness | null> {
    return (await this.request('GET', 'audit-witness', undefined, WitnessReply)).witness;
  }

  async submit(batch: Submission[]): Promise<SubmissionResult[]> {
    const { results } = await this.request('POST', 'submissions', { submissions: batch }, SubmitReply);
    // Only answers to what was asked count; a key answered twice keeps its first answer.
    const asked = new Set(batch.map((s) => s.key));
    const answers = new Map<string, SubmissionResult>();
    for (const result of results) if (asked.has(result.key) && !answers.has(result.key)) answers.set(result.key, result);
    return [...answers.values()];
  }

  private async request<T>(method: 'GET' | 'POST', path: string, body: unknown, reply: z.ZodType<T>): Promise<T> {
    const url = new URL(path, this.options.baseUrl.endsWith('/') ? this.options.baseUrl : `${this.options.baseUrl}/`);
    const text = body === undefined ? '' : JSON.stringify(body);
    const proof = this.options.sign?.(method, `${url.pathname}${url.search}`, text) ?? {};
    try {
      const res = await (this.options.fetch ?? fetch)(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-terminal-id': this.options.terminalId, ...proof },
        ...(body === undefined ? {} : { body: text }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return reply.parse(await res.json());
    } catch {
      throw courtUnavailable();
    }
  }
}
