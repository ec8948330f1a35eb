// The waiting area's voice: a two-note chime made with the Web Audio API (no sound files to ship),
// then the call spoken in each language by the system's speech synthesis where the OS has one.
// Browsers hold audio back until a page is interacted with; the display's Chromium is started with
// --autoplay-policy=no-user-gesture-required so a TV with no one touching it still sounds.

export interface Spoken {
  text: string;
  lang: string;
}

export interface Announcer {
  announce(lines: Spoken[]): void;
  close(): void;
}

/** "Ding-dong": E5 then C5, each fading out, like a bank's or a hospital's call chime. */
const CHIME = [
  { hz: 659.25, at: 0 },
  { hz: 523.25, at: 0.45 },
];
const NOTE_SECONDS = 1.1;

export function createAnnouncer(): Announcer {
  let audio: AudioContext | null = null;
  const chime = (): number => {
    if (typeof AudioContext === 'undefined') return 0;
    audio ??= new AudioContext();
    void audio.resume().catch(() => undefined);
    const start = audio.currentTime + 0.05;
    for (const note of CHIME) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = note.hz;
      gain.gain.setValueAtTime(0.0001, start + note.at);
      gain.gain.exponentialRampToValueAtTime(0.4, start + note.at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + NOTE_SECONDS);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + note.at);
      oscillator.stop(start + note.at + NOTE_SECONDS);
    }
    return (CHIME.at(-1)!.at + NOTE_SECONDS) * 1000;
  };
  let pending: number | undefined;
  return {
    announce(lines) {
      const chimeMs = chime();
      if (!('speechSynthesis' in window)) return;
      window.clearTimeout(pending);
      // A newer call replaces one not yet spoken: the room needs the latest, not a backlog.
      window.speechSynthesis.cancel();
      pending = window.setTimeout(() => {
        for (const line of lines) {
          const utterance = new SpeechSynthesisUtterance(line.text);
          utterance.lang = line.lang;
          utterance.rate = 0.9;
          window.speechSynthesis.speak(utterance);
        }
      }, chimeMs);
    },
    close() {
      window.clearTimeout(pending);
      if ('speechSynthesis' in window) window.speechSynthesis.cancel();
      void audio?.close().catch(() => undefined);
    },
  };
}
