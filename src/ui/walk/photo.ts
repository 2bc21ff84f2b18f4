/** Longest side of a stored photo: sharp on a projector, about 300 kB as JPEG. */
export const MAX_PHOTO_SIDE = 1600;

/**
 * A camera photo drawn onto a canvas at most 1600 px on its longest side and encoded anew as
 * JPEG: the canvas keeps only pixels, so EXIF (GPS position, device, owner) is gone, and the
 * orientation is applied first so the picture stands the right way.
 */
export async function downscalePhoto(
  file: Blob,
  name: string,
  maxSide = MAX_PHOTO_SIDE,
): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (e) {
    throw new Error(
      `Bilden ${name} kunde inte läsas (${e instanceof Error ? e.message : String(e)}): ta ett nytt foto eller välj en JPEG- eller PNG-bild.`,
      {
        cause: e,
      },
    );
  }
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(`Bilden ${name} kunde inte förminskas: webbläsaren gav ingen rityta.`);
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error(`Bilden ${name} kunde inte sparas som JPEG.`)),
      'image/jpeg',
      0.85,
    ),
  );
}
