// Reads the summary aloud where the platform has speech (speechSynthesis): for a litigant who
// cannot read small print, or cannot read. Where there is no speech, the button is not shown.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';

const speech = (): SpeechSynthesis | null => (typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null);

export function ReadAloud({ text }: { text: string }) {
  const { t, i18n } = useTranslation();
  const [speaking, setSpeaking] = useState(false);
  // Leaving the screen stops the voice: it must not go on reading to the next person.
  useEffect(() => () => speech()?.cancel(), []);
  const synth = speech();
  if (!synth) return null;
  const toggle = () => {
    synth.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = i18n.language;
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
  };
  return (
    <Button variant="secondary" size="lg" aria-pressed={speaking} onClick={toggle}>
      {t(speaking ? 'filing.review.stopReading' : 'filing.review.readAloud')}
    </Button>
  );
}
