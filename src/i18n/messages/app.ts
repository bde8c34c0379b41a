export const messages = {
  vi: {
    app: {
      name: 'GIM Index',
      tagline: 'Chỉ số Giới trong Truyền thông',
      skipToContent: 'Bỏ qua, đến nội dung chính',
      language: 'Ngôn ngữ',
      nav: {
        label: 'Điều hướng chính',
        home: 'Trang chủ',
        rubrics: 'Bộ chỉ số',
      },
      home: {
        title: 'Chào mừng đến với GIM Index',
        intro:
          'Công cụ tự đánh giá và theo dõi việc áp dụng Bộ chỉ số về giới trong truyền thông (2014), phiên bản Việt hoá của bộ chỉ số GSIM của UNESCO.',
        browse: 'Xem bộ chỉ số',
      },
      notFound: 'Không tìm thấy trang này.',
    },
  },
  en: {
    app: {
      name: 'GIM Index',
      tagline: 'Gender in Media Index',
      skipToContent: 'Skip to main content',
      language: 'Language',
      nav: {
        label: 'Main navigation',
        home: 'Home',
        rubrics: 'Indicator set',
      },
      home: {
        title: 'Welcome to GIM Index',
        intro:
          "A tool to self-assess and track the adoption of Viet Nam's gender-in-media indicator set (2014), the Vietnamese adaptation of UNESCO's GSIM.",
        browse: 'Browse the indicator set',
      },
      notFound: 'This page does not exist.',
    },
  },
}
