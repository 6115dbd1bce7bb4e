// Short messages shown to the user (ignored link parameters, copy results), each dismissible.

export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'warning';
}

export class NoticeState {
  items = $state<Notice[]>([]);
  #nextId = 1;

  show(message: string, tone: Notice['tone'] = 'info'): void {
    if (this.items.some((notice) => notice.message === message)) return;
    this.items.push({ id: this.#nextId++, message, tone });
  }

  dismiss(id: number): void {
    this.items = this.items.filter((notice) => notice.id !== id);
  }
}
