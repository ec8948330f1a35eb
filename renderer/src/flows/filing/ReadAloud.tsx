// Reads the summary aloud where the platform has a voice for the language on screen
// (speechSynthesis): for a litigant who cannot read small print, or cannot read. Where there is
// no such voice the button is not shown — a button that makes no sound looks broken (issue 14).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';

const speech = (): SpeechSynthesis | null => (typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null);

/** Whether a voice speaks this language ("zh-CN" is spoken by any zh voice); voices can arrive late. */
function useHasVoice(language: string): boolean {
  const base = language.split('-')[0]!.toLowerCase();
  const check = () =>
    speech()
      ?.getVoices()
      .some((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === base) ?? false;
  const [has, setHas] = useState(check);
  useEffect(() => {
    const synth = speech();
    if (!synth) return;
    const update = () => setHas(check());
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [base]);
  return has;
}

export function ReadAloud({ text }: { text: string }) {
  const { t, i18n } = useTranslation();
  const [speaking, setSpeaking] = useState(false);
  const hasVoice = useHasVoice(i18n.language);
  // Leaving the screen stops the voice: it must not go on reading to the next person.
  useEffect(() => () => speech()?.cancel(), []);
  const synth = speech();
  if (!synth || !hasVoice) return null;
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
