/** The tasks of the form: number, criterion, objective and descriptors with points; rows added and removed. */
import { emptyDescriptor, emptyTask, nextNumber, type DescriptorDraft, type TaskDraft } from './draft';
import { GroupErrors, SpecField } from './SpecField';
import type { SpecUiText } from './texts';

export function TasksEditor(props: {
  tasks: TaskDraft[];
  onChange: (tasks: TaskDraft[]) => void;
  errors: Map<string, string[]>;
  t: SpecUiText;
}) {
  const { tasks, t, errors } = props;
  const setTask = (i: number, patch: Partial<TaskDraft>) =>
    props.onChange(tasks.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  const setDescriptor = (i: number, j: number, patch: Partial<DescriptorDraft>) =>
    setTask(i, { descriptors: tasks[i].descriptors.map((d, k) => (k === j ? { ...d, ...patch } : d)) });

  return (
    <fieldset class="group spec-tasks">
      <legend>{t.tasks}</legend>
      <GroupErrors errors={errors.get('tasks')} />
      {tasks.map((task, i) => {
        const at = `tasks[${i}]`;
        const name = task.number.trim() || String(i + 1);
        return (
          <fieldset key={task.key} class="group spec-task">
            <legend>{t.task(name)}</legend>
            <GroupErrors errors={errors.get(at)} />
            <SpecField
              label={t.number}
              value={task.number}
              numeric
              errors={errors.get(`${at}.number`)}
              onInput={(number) => setTask(i, { number })}
            />
            <SpecField
              label={t.criterion}
              value={task.criterion}
              multiline
              errors={errors.get(`${at}.criterion`)}
              onInput={(criterion) => setTask(i, { criterion })}
            />
            <SpecField
              label={t.objective}
              value={task.objective}
              hint={t.objectiveHint}
              errors={errors.get(`${at}.objective`)}
              onInput={(objective) => setTask(i, { objective })}
            />
            <GroupErrors errors={errors.get(`${at}.descriptors`)} />
            {task.descriptors.map((d, j) => {
              const dAt = `${at}.descriptors[${j}]`;
              return (
                <div
                  key={j}
                  class="spec-descriptor"
                  role="group"
                  aria-label={`${t.task(name)}: ${t.descriptor(j + 1)}`}
                >
                  <GroupErrors errors={errors.get(dAt)} />
                  <SpecField
                    label={`${t.descriptor(j + 1)}`}
                    value={d.text}
                    multiline
                    errors={errors.get(`${dAt}.text`)}
                    onInput={(text) => setDescriptor(i, j, { text })}
                  />
                  <SpecField
                    label={t.points}
                    value={d.points}
                    numeric
                    class="narrow"
                    errors={errors.get(`${dAt}.points`)}
                    onInput={(points) => setDescriptor(i, j, { points })}
                  />
                  {task.descriptors.length > 1 && (
                    <button
                      type="button"
                      class="link danger-text"
                      aria-label={`${t.task(name)}: ${t.removeDescriptor(j + 1)}`}
                      onClick={() => setTask(i, { descriptors: task.descriptors.filter((_, k) => k !== j) })}
                    >
                      {t.removeDescriptor(j + 1)}
                    </button>
                  )}
                </div>
              );
            })}
            <div class="buttons">
              <button
                type="button"
                class="link"
                aria-label={`${t.task(name)}: ${t.addDescriptor}`}
                onClick={() => setTask(i, { descriptors: [...task.descriptors, emptyDescriptor()] })}
              >
                {t.addDescriptor}
              </button>
              {tasks.length > 1 && (
                <button
                  type="button"
                  class="link danger-text"
                  onClick={() => props.onChange(tasks.filter((_, k) => k !== i))}
                >
                  {t.removeTask(name)}
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => props.onChange([...tasks, emptyTask(nextNumber(tasks))])}
        >
          {t.addTask}
        </button>
      </div>
    </fieldset>
  );
}
