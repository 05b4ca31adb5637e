/**
 * The island that makes a server-rendered worksheet form keep its answers:
 * saved on this device as they are typed, restored on return, printed with
 * or without them, downloaded to a file and loaded back, or cleared.
 * All rules live in src/lib/worksheet; this file wires them to the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WorksheetData } from '../../lib/worksheet/schema';
import { deviceStorage, storageNotice, type DeviceStorage } from '../../lib/storage/storage';
import { answeredCount, type Answers } from '../../lib/worksheet/answers';
import { fillForm, readForm, updatePrintCopies } from '../../lib/worksheet/form-dom';
import { clearAnswers, loadAnswers, saveAnswers } from '../../lib/worksheet/saving';
import {
  answersFileName,
  answersFileText,
  checkAnswersFileSize,
  readAnswersFile,
} from '../../lib/worksheet/transfer';

interface Props {
  slug: string;
  worksheet: WorksheetData;
  formId: string;
  sheetId: string;
  yourDataHref: string;
}

type Message = { kind: 'done' | 'problem'; text: string };

const button =
  'inline-flex min-h-11 items-center rounded-sm border border-rule bg-page px-4 py-2 text-base font-semibold text-ink hover:border-ink';

export default function WorksheetTools({ slug, worksheet, formId, sheetId, yourDataHref }: Props) {
  const storage = useRef<DeviceStorage | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [filled, setFilled] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const form = () => document.getElementById(formId) as HTMLFormElement | null;

  const keep = (answers: Answers) => {
    setFilled(answeredCount(answers));
    setNotice(storageNotice(saveAnswers(storage.current, slug, answers)));
  };

  useEffect(() => {
    const el = form();
    if (!el) return;
    storage.current = deviceStorage();
    const loaded = loadAnswers(storage.current, slug, worksheet);
    setNotice(storageNotice(loaded));
    if (loaded.status === 'loaded') {
      fillForm(el, worksheet, loaded.data);
      setFilled(answeredCount(loaded.data));
    } else {
      // Keep anything typed before the island woke up.
      const typed = readForm(el, worksheet);
      updatePrintCopies(el, worksheet, typed);
      if (answeredCount(typed)) keep(typed);
    }
    const onChange = () => {
      const answers = readForm(el, worksheet);
      updatePrintCopies(el, worksheet, answers);
      keep(answers);
    };
    const onSubmit = (event: Event) => event.preventDefault();
    el.addEventListener('input', onChange);
    el.addEventListener('change', onChange);
    el.addEventListener('submit', onSubmit);
    return () => {
      el.removeEventListener('input', onChange);
      el.removeEventListener('change', onChange);
      el.removeEventListener('submit', onSubmit);
    };
  }, []);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const printBlank = () => {
    const sheet = document.getElementById(sheetId);
    sheet?.setAttribute('data-print-blank', '');
    const done = () => sheet?.removeAttribute('data-print-blank');
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  };

  const download = () => {
    const el = form();
    if (!el) return;
    const text = answersFileText(slug, worksheet, readForm(el, worksheet));
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = answersFileName(slug);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ kind: 'done', text: `Your answers were downloaded as ${answersFileName(slug)}.` });
  };

  const load = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const el = form();
    if (!file || !el) return;
    const result =
      checkAnswersFileSize(file.size) ?? readAnswersFile(await file.text(), slug, worksheet);
    if (!result.ok) {
      setMessage({ kind: 'problem', text: result.message });
      return;
    }
    fillForm(el, worksheet, result.answers);
    keep(result.answers);
    setMessage({ kind: 'done', text: `Answers loaded from ${file.name}.` });
  };

  const clear = () => {
    const el = form();
    if (!el) return;
    el.reset();
    fillForm(el, worksheet, {});
    clearAnswers(storage.current, slug);
    setFilled(0);
    setConfirming(false);
    setMessage({ kind: 'done', text: 'Every answer on this sheet was cleared.' });
    clearButton.current?.focus();
  };

  return (
    <div class="my-6 grid gap-4 rounded-sm border border-rule/60 bg-panel p-4 print:hidden">
      {notice && (
        <p class="border-l-4 border-avoid pl-3 font-semibold" role="status">
          {notice}
        </p>
      )}
      <p class="text-base text-muted">
        {filled === 0
          ? 'What you type is saved on this device as you type, and nowhere else.'
          : `${filled} of ${worksheet.fields.filter((f) => f.kind !== 'signature').length} answered. Saved on this device as you type, and nowhere else.`}{' '}
        <a href={yourDataHref}>Your data</a>
      </p>
      <div class="flex flex-wrap gap-3">
        <button type="button" class={button} onClick={() => window.print()}>
          Print
        </button>
        <button type="button" class={button} onClick={printBlank}>
          Print a blank copy
        </button>
        <button type="button" class={button} onClick={download}>
          Download answers
        </button>
        <button type="button" class={button} onClick={() => fileInput.current?.click()}>
          Load answers from a file
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          data-answers-file
          onChange={load}
        />
        <button
          ref={clearButton}
          type="button"
          class={button}
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
        >
          Clear answers
        </button>
      </div>
      {confirming && (
        <div
          class="grid gap-3 border-l-4 border-avoid pl-3"
          role="group"
          aria-label="Clear answers"
        >
          <p>
            Clear every answer on this sheet? They cannot be brought back unless you have downloaded
            them.
          </p>
          <div class="flex flex-wrap gap-3">
            <button ref={confirmButton} type="button" class={button} onClick={clear}>
              Yes, clear my answers
            </button>
            <button
              type="button"
              class={button}
              onClick={() => {
                setConfirming(false);
                clearButton.current?.focus();
              }}
            >
              No, keep them
            </button>
          </div>
        </div>
      )}
      <p role="status" aria-live="polite" class="empty:hidden">
        {message && (
          <>
            <strong>{message.kind === 'problem' ? 'Not loaded: ' : 'Done: '}</strong>
            {message.text}
          </>
        )}
      </p>
    </div>
  );
}
