// The Web Worker that reads, unzips and parses an imported file and maps it to atlas records off the page's thread.
import { fileTexts } from './formats/file-texts';
import { answerImportRequest, type ImportRequest } from './import-request';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void answerImportRequest(event.data, (reply, transfer = []) => self.postMessage(reply, { transfer }), fileTexts);
};
