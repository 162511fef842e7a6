import { ConfigProvider } from 'antd';
// The ES module builds: the CommonJS 'antd/locale/*' entry reached the bundle as { default } and the
// components fell back to English ("No data", "Select date") in the zh-CN console.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { useI18n } from './i18n/i18n';
import { Pages } from './pages-by-path';

export function App() {
  const { language, t } = useI18n();
  // Set while rendering, not in an effect: the pages' first render formats dates already.
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('appTitle');
  }, [language, t]);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN}>
      <Pages />
    </ConfigProvider>
  );
}
