export const messages = {
  vi: {
    pwa: {
      updateAvailable: 'Có phiên bản mới. Dữ liệu đã lưu không bị ảnh hưởng; hãy lưu biểu mẫu đang nhập trước khi tải lại.',
      reload: 'Tải lại',
      later: 'Để sau',
      offlineReady: 'Ứng dụng đã sẵn sàng dùng khi không có mạng.',
      close: 'Đóng',
    },
  },
  en: {
    pwa: {
      updateAvailable: 'A new version is available. Saved data is not affected; save any form you are filling in before reloading.',
      reload: 'Reload',
      later: 'Later',
      offlineReady: 'The app is ready to work offline.',
      close: 'Close',
    },
  },
}
