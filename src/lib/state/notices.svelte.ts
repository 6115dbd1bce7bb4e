// Short messages shown to the user (ignored link parameters, copy results), each dismissible, some with one thing to do
// next ("Copy embed code" after a link is copied).

export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'warning';
  /** A button offered with the message. */
  action?: NoticeAction | undefined;
}

export interface NoticeAction {
  label: string;
  run: () => void;
}

export class NoticeState {
  items = $state<Notice[]>([]);
  #nextId = 1;

  show(message: string, tone: Notice['tone'] = 'info', action?: NoticeAction): void {
    if (this.items.some((notice) => notice.message === message)) return;
    this.items.push({ id: this.#nextId++, message, tone, action });
  }

  dismiss(id: number): void {
    this.items = this.items.filter((notice) => notice.id !== id);
  }
}
