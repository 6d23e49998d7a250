/**
 * Native controls for each question type: radios, checkboxes, a text field, a select per item to
 * sort, and Move up / Move down buttons to rank. Every one works with the keyboard alone.
 */
import type { Question } from '../../schemas/quiz';
import type { QuizResponse } from '../../logic/quiz/types';

interface Props {
  question: Question;
  idBase: string;
  /** Choice or item ids in the order the reader sees them. */
  displayOrder: readonly string[];
  response: QuizResponse;
  disabled: boolean;
  /** Why the current answer cannot be checked yet, shown beside the controls. */
  invalidMessage: string | null;
  onChange: (response: QuizResponse) => void;
}

/** A blank answer of the question's type; an order question starts in the displayed order. */
export function emptyResponse(question: Question, displayOrder: readonly string[]): QuizResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', choiceId: null };
    case 'multi':
      return { type: 'multi', choiceIds: [] };
    case 'numeric':
      return { type: 'numeric', text: '' };
    case 'classify':
      return {
        type: 'classify',
        placements: Object.fromEntries(question.items.map((item) => [item.id, null])),
      };
    case 'order':
      return { type: 'order', itemIds: [...displayOrder] };
  }
}

function inOrder<T extends { id: string }>(things: readonly T[], order: readonly string[]): T[] {
  const byId = new Map(things.map((thing) => [thing.id, thing]));
  const ordered = order.flatMap((id) => {
    const thing = byId.get(id);
    return thing ? [thing] : [];
  });
  return ordered.length === things.length ? ordered : [...things];
}

export default function ResponseControls(props: Props) {
  const { question, idBase, displayOrder, response, disabled, invalidMessage, onChange } = props;
  const errorId = `${idBase}-error`;
  const error = invalidMessage && (
    <p class="question-error" id={errorId}>
      {invalidMessage}
    </p>
  );
  const describedBy = invalidMessage ? errorId : undefined;

  if (question.type === 'single' || question.type === 'multi') {
    const multi = question.type === 'multi';
    const chosen =
      response.type === 'single'
        ? [response.choiceId]
        : response.type === 'multi'
          ? response.choiceIds
          : [];
    return (
      <fieldset class="choices" aria-describedby={describedBy}>
        <legend class="visually-hidden">
          {multi ? 'Choose all that apply' : 'Choose one answer'}
        </legend>
        {multi && <p class="choices-note">Choose all that apply.</p>}
        {inOrder(question.choices, displayOrder).map((choice) => (
          <label class="choice" key={choice.id}>
            <input
              type={multi ? 'checkbox' : 'radio'}
              name={`${idBase}-choice`}
              value={choice.id}
              checked={chosen.includes(choice.id)}
              disabled={disabled}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                if (!multi) onChange({ type: 'single', choiceId: choice.id });
                else {
                  const rest = chosen.filter((id): id is string => id !== null && id !== choice.id);
                  onChange({ type: 'multi', choiceIds: on ? [...rest, choice.id] : rest });
                }
              }}
            />
            <span>{choice.text}</span>
          </label>
        ))}
        {error}
      </fieldset>
    );
  }

  if (question.type === 'numeric') {
    const text = response.type === 'numeric' ? response.text : '';
    const hintId = `${idBase}-format`;
    const example =
      question.answerKind === 'percent'
        ? 'for example 25 or 25%'
        : 'for example −122.7, $918.4 billion or 918.4B';
    return (
      <div class="numeric">
        <label for={`${idBase}-answer`}>Your answer</label>
        <span class="field-hint" id={hintId}>
          {question.suffix ? `Answer in ${question.suffix}; ` : ''}
          {example}
        </span>
        <span class="numeric-row">
          <input
            id={`${idBase}-answer`}
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={text}
            disabled={disabled}
            aria-invalid={invalidMessage ? 'true' : 'false'}
            aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
            onInput={(event) => {
              onChange({ type: 'numeric', text: event.currentTarget.value });
            }}
          />
          {question.suffix && <span aria-hidden="true">{question.suffix}</span>}
        </span>
        {error}
      </div>
    );
  }

  if (question.type === 'classify') {
    const placements = response.type === 'classify' ? response.placements : {};
    return (
      <fieldset class="classify" aria-describedby={describedBy}>
        <legend class="visually-hidden">Choose a group for each item</legend>
        <ul>
          {inOrder(question.items, displayOrder).map((item) => (
            <li key={item.id}>
              <label for={`${idBase}-${item.id}`}>{item.text}</label>
              <select
                id={`${idBase}-${item.id}`}
                value={placements[item.id] ?? ''}
                disabled={disabled}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  onChange({
                    type: 'classify',
                    placements: { ...placements, [item.id]: value === '' ? null : value },
                  });
                }}
              >
                <option value="">Choose…</option>
                {question.buckets.map((bucket) => (
                  <option value={bucket.id}>{bucket.label}</option>
                ))}
              </select>
            </li>
          ))}
        </ul>
        {error}
      </fieldset>
    );
  }

  const order = response.type === 'order' ? response.itemIds : displayOrder;
  const items = inOrder(question.items, order);
  const move = (index: number, step: -1 | 1) => {
    const next = items.map((item) => item.id);
    const target = index + step;
    const moving = next[index];
    const other = next[target];
    if (moving === undefined || other === undefined) return;
    next[index] = other;
    next[target] = moving;
    onChange({ type: 'order', itemIds: next });
  };
  return (
    <fieldset class="order" aria-describedby={describedBy}>
      <legend class="visually-hidden">
        Put the items in order, {question.firstLabel} first and {question.lastLabel} last
      </legend>
      <p class="order-ends" aria-hidden="true">
        <span>↑ {question.firstLabel}</span>
        <span>↓ {question.lastLabel}</span>
      </p>
      <ol>
        {items.map((item, index) => (
          <li key={item.id}>
            <span class="order-text" id={`${idBase}-${item.id}-text`}>
              {item.text}
            </span>
            <span class="order-buttons">
              <button
                type="button"
                class="button secondary small"
                disabled={disabled || index === 0}
                aria-label={`Move “${item.text}” up`}
                onClick={() => {
                  move(index, -1);
                }}
              >
                ↑
              </button>
              <button
                type="button"
                class="button secondary small"
                disabled={disabled || index === items.length - 1}
                aria-label={`Move “${item.text}” down`}
                onClick={() => {
                  move(index, 1);
                }}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      {error}
    </fieldset>
  );
}
