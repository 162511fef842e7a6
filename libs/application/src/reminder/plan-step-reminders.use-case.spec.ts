import { loadAppConfig } from '@cxzy/config';
import { reminderSettingsOf } from './plan-step-reminders.use-case.js';

describe('reminderSettingsOf', () => {
  it('reads quiet hours, send time, deadline time and the day unit from configuration', () => {
    expect(reminderSettingsOf(loadAppConfig({}))).toEqual({
      dayUnit: 'working',
      sendTime: '09:00',
      deadlineTime: '18:00',
      quietHours: { start: '22:00', end: '07:00' },
    });
    const custom = reminderSettingsOf(
      loadAppConfig({
        REMINDER_QUIET_HOURS: '21:30-08:00',
        REMINDER_SEND_TIME: '10:00',
        REMINDER_DAY_UNIT: 'calendar',
      }),
    );
    expect(custom).toMatchObject({
      dayUnit: 'calendar',
      sendTime: '10:00',
      quietHours: { start: '21:30', end: '08:00' },
    });
  });

  it('turns quiet hours off when configured empty, and refuses a malformed range', () => {
    expect(reminderSettingsOf(loadAppConfig({ REMINDER_QUIET_HOURS: '' })).quietHours).toEqual({
      start: '00:00',
      end: '00:00',
    });
    expect(() => loadAppConfig({ REMINDER_QUIET_HOURS: '22-7' })).toThrow(/REMINDER_QUIET_HOURS: must be HH:MM-HH:MM/);
  });
});
