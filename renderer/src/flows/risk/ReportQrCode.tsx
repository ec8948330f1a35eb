// The report's verification address as a QR code, to read the same report on a phone. A data: URL,
// because the CSP allows img-src data: and nothing else off the page.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

export function ReportQrCode({ payload, label }: { payload: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 4, width: 240 }).then(
      (url) => current && setSrc(url),
      (err: unknown) => console.error('QR code could not be drawn', err),
    );
    return () => {
      current = false;
    };
  }, [payload]);
  return <div className="risk__qr">{src && <img src={src} alt={label} width={240} height={240} />}</div>;
}
