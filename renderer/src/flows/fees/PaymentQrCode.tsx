// The terminal's QR payload drawn as an image. A data: URL, because the CSP allows img-src data:
// and nothing else off the page.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

export function PaymentQrCode({ payload, label }: { payload: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    // A wide quiet zone helps phone cameras find the code on a glossy, reflective kiosk screen.
    QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 4, width: 360 }).then(
      (url) => current && setSrc(url),
      (err: unknown) => console.error('QR code could not be drawn', err),
    );
    return () => {
      current = false;
    };
  }, [payload]);
  return <div className="pay-qr">{src && <img className="pay-qr__image" src={src} alt={label} width={360} height={360} />}</div>;
}
