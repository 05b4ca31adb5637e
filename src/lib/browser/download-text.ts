/**
 * Hands the reader a file made on this device (a backup, a record that could
 * not be read, a sheet's answers). Nothing is sent anywhere: the browser saves
 * a Blob the page made itself.
 */
export function downloadText(fileName: string, text: string, type = 'text/plain') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after click() returns: revoke it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
