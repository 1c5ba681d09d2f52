// The error a run throws for a document or scenario it cannot take: its messages say where and why.
import { MessageError } from '../messages/error';
import type { SimulationIssue } from './parameters';

/** A document or scenario the model cannot run; its messages say where and why. */
export class SimulationInputError extends MessageError {
  override name = 'SimulationInputError';
  get issues(): readonly SimulationIssue[] {
    return this.messages;
  }
}
