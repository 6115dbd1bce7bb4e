// The Web Worker that downloads, unzips, reads and checks a shipped dataset off the page's thread.
import { answerCompactRequest, type CompactRequest } from './compact-request';

self.onmessage = (event: MessageEvent<CompactRequest>) => {
  void answerCompactRequest(event.data, (reply, transfer = []) => self.postMessage(reply, { transfer }));
};
