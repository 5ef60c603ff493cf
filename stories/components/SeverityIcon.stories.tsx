import { SeverityIcon, severityTitles } from '@casenote/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

const meta = {
  title: 'Components/SeverityIcon',
  component: SeverityIcon,
  tags: ['autodocs'],
  args: { severity: 'error' },
} satisfies Meta<typeof SeverityIcon>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One shape per severity, always beside its word: severity is never told by colour alone. */
export const AllSeverities: Story = {
  render: () => (
    <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: '0.5rem', fontFamily: 'system-ui, sans-serif' }}>
      {(['error', 'warning', 'info', 'hint'] as const).map((severity) => (
        <li key={severity} className="casenote-severity" data-severity={severity}>
          <SeverityIcon severity={severity} />
          {severityTitles[severity]}
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvas, canvasElement }) => {
    for (const word of ['Error', 'Warning', 'Information', 'Hint']) await expect(canvas.getByText(word)).toBeVisible();
    const icons = [...canvasElement.querySelectorAll('svg')];
    await expect(icons).toHaveLength(4);
    for (const icon of icons) await expect(icon).toHaveAttribute('aria-hidden', 'true');
    // Four different shapes.
    await expect(new Set(icons.map((icon) => icon.innerHTML)).size).toBe(4);
  },
};
