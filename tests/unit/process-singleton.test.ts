import { describe, expect, it, vi } from 'vitest';
import { processSingleton } from '../../lib/process-singleton';

describe('processSingleton', () => {
  it('creates a value once per name and hands every caller the same one', () => {
    const create = vi.fn(() => ({ opened: Symbol('db') }));
    const first = processSingleton('test-database', create);
    // What a second bundle of the same process does: its own call, the same global.
    const second = processSingleton('test-database', create);
    expect(second).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
    expect(processSingleton('test-other', () => 'other')).toBe('other');
  });
});
