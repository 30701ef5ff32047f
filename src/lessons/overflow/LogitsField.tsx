import { NumberListField } from '../../components/NumberListField';

interface Props {
  label: string;
  value: readonly number[];
  onChange: (v: number[]) => void;
  maxLength: number;
  /** Builds the message shown for unusable text. */
  invalidMessage: (text: string) => string;
}

function parse(text: string, maxLength: number): number[] | null {
  const parts = text.split(/[\s,，]+/).filter((s) => s !== '');
  if (parts.length === 0 || parts.length > maxLength) return null;
  const nums = parts.map(Number);
  return nums.every(Number.isFinite) ? nums : null;
}

/** A comma-separated list of logits (commas, spaces or the full-width comma). */
export function LogitsField({ label, value, onChange, maxLength, invalidMessage }: Props) {
  return (
    <NumberListField
      className="logits-field"
      label={label}
      value={value}
      onChange={onChange}
      parse={(text) => {
        const nums = parse(text, maxLength);
        return nums ? { ok: true, values: nums } : { ok: false, message: invalidMessage(text) };
      }}
    />
  );
}
