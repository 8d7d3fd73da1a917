// A one-line text field for the command line, list filters and typed answers.
import { Text } from 'ink';
import { useCapture } from '../context.js';
import { theme } from '../theme.js';

export interface LineInputProps {
  prompt: string;
  value: string;
  onChange(value: string): void;
  onSubmit(value: string): void;
  onCancel(): void;
  active: boolean;
  placeholder?: string;
}

export function LineInput({ prompt, value, onChange, onSubmit, onCancel, active, placeholder }: LineInputProps) {
  useCapture(
    active
      ? (input, key) => {
          if (key.escape) return onCancel();
          if (key.return) return onSubmit(value);
          if (key.backspace || key.delete) return onChange(value.slice(0, -1));
          if (key.ctrl && input === 'u') return onChange('');
          if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab) return;
          // A pasted chunk (or fast typing) may end with the Enter that submits it.
          const enter = input.search(/[\r\n]/);
          if (enter < 0) return onChange(value + input);
          onSubmit(value + input.slice(0, enter));
        }
      : null,
  );
  return (
    <Text>
      <Text color={theme.accent}>{prompt}</Text>
      {value ? <Text>{value}</Text> : placeholder ? <Text color={theme.dim}>{placeholder}</Text> : null}
      {active ? <Text inverse> </Text> : null}
    </Text>
  );
}
