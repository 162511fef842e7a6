import type { ReactNode } from 'react';
import { Button, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';

/** The head of a page the public opens without login (phone first): its title, a line under it, the language switch. */
export function PublicPageHeader({ title, subtitle }: { title: ReactNode; subtitle?: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  return (
    <div style={{ display: 'flex', alignItems: 'flex-start', gap: 8 }}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Title level={1} style={{ fontSize: 22, marginBottom: 4 }}>
          {title}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      <Button
        type="text"
        onClick={() => setLanguage(language === 'en' ? 'zh-CN' : 'en')}
        aria-label={t('languageSwitch')}
        // A thumb's target on a phone: at least 44 px.
        style={{ minHeight: 44, minWidth: 44 }}
      >
        {t('language')}
      </Button>
    </div>
  );
}
