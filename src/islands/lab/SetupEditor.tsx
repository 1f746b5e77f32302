/**
 * The workbench's setup form: each side's calls, faults on chosen segments, old duplicates and the
 * connection's settings, each editable only with the tools the level allows (the rest is shown,
 * read-only, so the learner sees the whole setup). Every change hands a new setup up; the store
 * refuses what the lab's bounds do not allow.
 */
import { LIMITS } from '../../lab/codec.ts';
import type { Tool } from '../../lab/levels.ts';
import { DEFAULT_EXTRA, FAULT_KINDS, HANDSHAKES, OLD_SEGMENT_KINDS, type LabCall, type LabFault, type LabOldSegment, type LabSetup } from '../../lab/setup.ts';
import { CALL_NAMES, PROFILES, SIDES } from '../../core/types.ts';

export type Text = (key: string, params?: Readonly<Record<string, string | number>>) => string;

interface Props {
  setup: LabSetup;
  tools: readonly Tool[];
  t: Text;
  /** Hands up a change to apply to the setup as it is then: two changes made before a render both count. */
  onChange: (change: (setup: LabSetup) => LabSetup) => void;
}

/** Each side runs its calls in time order (ties as listed): keep the list in that order. */
const byTime = (calls: readonly LabCall[]): LabCall[] => calls.map((c, i) => [c, i] as const).sort(([a, i], [b, j]) => a.t - b.t || i - j).map(([c]) => c);

function Choice<T extends string>({ label, value, options, name, onPick }: { label: string; value: T; options: readonly T[]; name: (o: T) => string; onPick: (o: T) => void }) {
  return (
    <label class="lab-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>{name(o)}</option>
        ))}
      </select>
    </label>
  );
}

function Num({ label, value, min, max, step, onSet }: { label: string; value: number; min: number; max: number; step: number; onSet: (n: number) => void }) {
  return (
    <label class="lab-field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="decimal"
        value={value}
        min={min}
        max={max}
        step={step}
        onChange={(e) => {
          const n = Number((e.currentTarget as HTMLInputElement).value);
          if (Number.isFinite(n)) onSet(Math.min(max, Math.max(min, n)));
        }}
      />
    </label>
  );
}

function Remove({ t, onClick, what }: { t: Text; onClick: () => void; what: string }) {
  return (
    <button type="button" class="lab-remove" onClick={onClick} aria-label={t('bench.removeWhat', { what })}>
      {t('bench.remove')}
    </button>
  );
}

const callText = (c: LabCall, t: Text) => t('bench.callAt', { side: t(`side.${c.who}`), call: `${c.call}(${c.call === 'send' ? (c.bytes ?? 1) : ''})`, t: c.t });
const faultText = (f: LabFault, t: Text) => t('bench.faultOf', { kind: t(`fault.${f.kind}`), side: t(`side.${f.from}`), nth: f.nth });
const setting = (t: Text, name: string, value: string | number) => t('bench.setting', { name: t(name), value });

export function SetupEditor({ setup, tools, t, onChange }: Props) {
  const may = (tool: Tool) => tools.includes(tool);
  const set = (patch: (current: LabSetup) => Partial<LabSetup>) => onChange((current) => ({ ...current, ...patch(current) }));
  const faultKinds = FAULT_KINDS.filter((k) => may(k));
  const side = (s: string) => t(`side.${s}`);

  // A row's change is made to the row as it is then, like the setup's; a row already gone stays gone.
  const changeAt = <T,>(list: readonly T[], i: number, change: (item: T) => T | null): T[] =>
    list.flatMap((item, j) => {
      if (j !== i) return [item];
      const changed = change(item);
      return changed === null ? [] : [changed];
    });
  const setCall = (i: number, c: (call: LabCall) => LabCall | null) => set((s) => ({ calls: byTime(changeAt(s.calls, i, c)) }));
  const setFault = (i: number, f: (fault: LabFault) => LabFault | null) => set((s) => ({ faults: changeAt(s.faults, i, f) }));
  const setOld = (i: number, o: (old: LabOldSegment) => LabOldSegment | null) => set((s) => ({ old: changeAt(s.old, i, o) }));

  return (
    <div class="lab-setup">
      <fieldset>
        <legend>{t('bench.calls')}</legend>
        {setup.calls.length === 0 && <p>{t('bench.none')}</p>}
        {may('calls') ? (
          <ol class="lab-rows">
            {setup.calls.map((c, i) => (
              <li key={i} data-testid="lab-call">
                <Choice label={t('bench.who')} value={c.who} options={SIDES} name={side} onPick={(who) => setCall(i, (c) => ({ ...c, who }))} />
                <Num label={t('bench.t')} value={c.t} min={0} max={LIMITS.time} step={0.05} onSet={(at) => setCall(i, (c) => ({ ...c, t: at }))} />
                <Choice
                  label={t('bench.call')}
                  value={c.call}
                  options={CALL_NAMES}
                  name={(n) => `${n}()`}
                  onPick={(call) => setCall(i, (c) => (call === 'send' ? { t: c.t, who: c.who, call, bytes: c.bytes ?? 100 } : { t: c.t, who: c.who, call }))}
                />
                {c.call === 'send' && <Num label={t('bench.bytes')} value={c.bytes ?? 1} min={1} max={LIMITS.bytes} step={1} onSet={(bytes) => setCall(i, (c) => ({ ...c, bytes: Math.round(bytes) || 1 }))} />}
                <Remove t={t} what={callText(c, t)} onClick={() => setCall(i, () => null)} />
              </li>
            ))}
          </ol>
        ) : (
          <ol class="lab-rows is-fixed">
            {setup.calls.map((c, i) => (
              <li key={i} data-testid="lab-call">{callText(c, t)}</li>
            ))}
          </ol>
        )}
        {may('calls') && setup.calls.length < LIMITS.calls && (
          <button type="button" data-action="add-call" onClick={() => set((s) => ({ calls: byTime([...s.calls, { t: s.calls.at(-1)?.t ?? 0, who: 'client', call: 'close' }]) }))}>
            {t('bench.addCall')}
          </button>
        )}
      </fieldset>

      {(faultKinds.length > 0 || setup.faults.length > 0) && (
        <fieldset>
          <legend>{t('bench.faults')}</legend>
          {setup.faults.length === 0 ? (
            <p>{t('bench.none')}</p>
          ) : (
            <ol class="lab-rows">
              {setup.faults.map((f, i) =>
                faultKinds.includes(f.kind) ? (
                  <li key={i} data-testid="lab-fault">
                    <Choice label={t('bench.kind')} value={f.kind} options={faultKinds} name={(k) => t(`fault.${k}`)} onPick={(kind) => setFault(i, (f) => (kind === 'delay' ? { kind, from: f.from, nth: f.nth, extra: DEFAULT_EXTRA } : { kind, from: f.from, nth: f.nth }))} />
                    <Choice label={t('bench.from')} value={f.from} options={SIDES} name={side} onPick={(from) => setFault(i, (f) => ({ ...f, from }))} />
                    <Num label={t('bench.nth')} value={f.nth} min={1} max={LIMITS.nth} step={1} onSet={(nth) => setFault(i, (f) => ({ ...f, nth: Math.round(nth) || 1 }))} />
                    {f.kind === 'delay' && <Num label={t('bench.extra')} value={f.extra ?? DEFAULT_EXTRA} min={0.01} max={LIMITS.extra} step={0.05} onSet={(extra) => setFault(i, (f) => ({ ...f, extra }))} />}
                    <Remove t={t} what={faultText(f, t)} onClick={() => setFault(i, () => null)} />
                  </li>
                ) : (
                  <li key={i} data-testid="lab-fault">{faultText(f, t)}</li>
                ),
              )}
            </ol>
          )}
          {faultKinds[0] && setup.faults.length < LIMITS.faults && (
            <button
              type="button"
              data-action="add-fault"
              onClick={() => {
                const kind = faultKinds[0]!;
                set((s) => ({ faults: [...s.faults, kind === 'delay' ? { kind, from: 'client', nth: 1, extra: DEFAULT_EXTRA } : { kind, from: 'client', nth: 1 }] }));
              }}
            >
              {t('bench.addFault')}
            </button>
          )}
        </fieldset>
      )}

      {(may('old') || setup.old.length > 0) && (
        <fieldset>
          <legend>{t('bench.old')}</legend>
          {setup.old.length === 0 ? (
            <p>{t('bench.none')}</p>
          ) : (
            <ol class="lab-rows">
              {setup.old.map((o, i) =>
                may('old') ? (
                  <li key={i} data-testid="lab-old">
                    <Choice label={t('bench.kind')} value={o.kind} options={OLD_SEGMENT_KINDS} name={(k) => t(`old.${k}`)} onPick={(kind) => setOld(i, (o) => ({ ...o, kind }))} />
                    <Choice label={t('bench.to')} value={o.to} options={SIDES} name={side} onPick={(to) => setOld(i, (o) => ({ ...o, to }))} />
                    <Num label={t('bench.t')} value={o.t} min={0} max={LIMITS.time} step={0.05} onSet={(at) => setOld(i, (o) => ({ ...o, t: at }))} />
                    <Remove t={t} what={t('bench.oldAt', { kind: t(`old.${o.kind}`), side: side(o.to), t: o.t })} onClick={() => setOld(i, () => null)} />
                  </li>
                ) : (
                  <li key={i} data-testid="lab-old">{t('bench.oldAt', { kind: t(`old.${o.kind}`), side: side(o.to), t: o.t })}</li>
                ),
              )}
            </ol>
          )}
          {may('old') && setup.old.length < LIMITS.old && (
            <button type="button" data-action="add-old" onClick={() => set((s) => ({ old: [...s.old, { kind: 'syn', to: 'server', t: 0.1 }] }))}>
              {t('bench.addOld')}
            </button>
          )}
        </fieldset>
      )}

      <fieldset class="lab-settings">
        <legend>{t('bench.setup')}</legend>
        {may('profile') ? (
          <Choice label={t('bench.profile')} value={setup.profile} options={PROFILES} name={(p) => t(`profile.${p}`)} onPick={(profile) => set(() => ({ profile }))} />
        ) : (
          <p>{setting(t, 'bench.profile', t(`profile.${setup.profile}`))}</p>
        )}
        {may('handshake') ? (
          <Choice label={t('bench.handshake')} value={setup.handshake} options={HANDSHAKES} name={(h) => t(`handshake.${h}`)} onPick={(handshake) => set(() => ({ handshake }))} />
        ) : (
          <p>{setting(t, 'bench.handshake', t(`handshake.${setup.handshake}`))}</p>
        )}
        {may('msl') ? <Num label={t('bench.msl')} value={setup.msl} min={1} max={LIMITS.msl} step={1} onSet={(msl) => set(() => ({ msl }))} /> : <p>{setting(t, 'bench.msl', setup.msl)}</p>}
        {may('link') ? (
          <Num label={t('bench.delay')} value={setup.delay} min={0} max={LIMITS.delay} step={0.01} onSet={(delay) => set(() => ({ delay }))} />
        ) : (
          <p>{setting(t, 'bench.delay', setup.delay)}</p>
        )}
      </fieldset>
    </div>
  );
}
