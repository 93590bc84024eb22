import type { CompiledContact } from '@/lib/content/contact';
import { SOCIAL_CHANNEL } from '@/lib/content/contact';
import type { Site } from '@/lib/content/schema';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { describeChannelFacts } from '@/lib/support/channel-facts';
import { PROSE } from './prose';

/**
 * Every way to reach a person, in site.yaml's order: the facts from site.yaml (hours, reply times,
 * languages, sign-in), the words from contact.yaml, then the official accounts and the phone line.
 */
export function ContactChannels({ locale, site, contact }: { locale: string; site: Site; contact: CompiledContact }) {
  const t = getMessages(locale).contact;
  const verify = getMessages(locale).verify;
  return (
    <ul className="mt-4 space-y-4">
      {site.channels.map((channel) => {
        const text = contact.channels[channel.id];
        if (!text) return null;
        const facts = describeChannelFacts(channel, locale, t);
        return (
          <li key={channel.id} id={`channel-${channel.id}`} className="min-w-0 rounded-xl border border-slate-200 p-5 break-words dark:border-slate-800">
            <h3 className="text-lg font-semibold text-slate-900 dark:text-white">{text.name}</h3>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold text-slate-900 dark:text-white">{t.hours}</dt>
              <dd className="text-slate-700 dark:text-slate-300">{facts.hours}</dd>
              <dt className="font-semibold text-slate-900 dark:text-white">{t.firstReply}</dt>
              <dd className="text-slate-700 dark:text-slate-300">
                {facts.firstReply}
                {facts.complexCases && <span className="block">{facts.complexCases}</span>}
              </dd>
              {facts.languages && (
                <>
                  <dt className="font-semibold text-slate-900 dark:text-white">{t.languages}</dt>
                  <dd className="text-slate-700 dark:text-slate-300">{facts.languages}</dd>
                </>
              )}
              {channel.id === 'email' && (
                <>
                  <dt className="font-semibold text-slate-900 dark:text-white">{t.address}</dt>
                  <dd className="text-slate-700 dark:text-slate-300">{site.supportEmail}</dd>
                </>
              )}
            </dl>
            {channel.signInRequired && <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t.signInRequired}</p>}
            <ChannelText locale={locale} text={text} />
          </li>
        );
      })}
      {contact.channels[SOCIAL_CHANNEL] && (
        <li id="channel-social" className="min-w-0 rounded-xl border border-slate-200 p-5 break-words dark:border-slate-800">
          <h3 className="text-lg font-semibold text-slate-900 dark:text-white">{contact.channels[SOCIAL_CHANNEL].name}</h3>
          <p className="mt-2 text-sm font-semibold text-slate-900 dark:text-white">{t.officialAccounts}</p>
          <ul className="mt-1 list-disc pl-5 text-sm leading-6 text-slate-700 dark:text-slate-300">
            {site.social.map((account) => (
              <li key={account.id}>{interpolate(verify.socialAccount, { network: account.network, handle: account.handle })}</li>
            ))}
          </ul>
          <ChannelText locale={locale} text={contact.channels[SOCIAL_CHANNEL]} />
        </li>
      )}
      <li id="channel-phone" className="min-w-0 rounded-xl border border-slate-200 p-5 break-words dark:border-slate-800">
        <h3 className="text-lg font-semibold text-slate-900 dark:text-white">{t.phoneName}</h3>
        <p className="mt-2 leading-7 text-slate-700 dark:text-slate-300">
          {site.phones.length === 0 ? interpolate(verify.neverCalls, { brand: site.brand }) : interpolate(verify.phones, { numbers: site.phones.join(', ') })}
        </p>
      </li>
    </ul>
  );
}

function ChannelText({ locale, text }: { locale: string; text: CompiledContact['channels'][string] }) {
  const t = getMessages(locale).contact;
  return (
    <>
      <h4 className="mt-4 font-semibold text-slate-900 dark:text-white">{t.whenTitle}</h4>
      <div className={`${PROSE} mt-1`} dangerouslySetInnerHTML={{ __html: text.when }} />
      <h4 className="mt-4 font-semibold text-slate-900 dark:text-white">{t.stepsTitle}</h4>
      <div className={`${PROSE} mt-1`}>
        <ol>
          {text.steps.map((step) => (
            <li key={step} dangerouslySetInnerHTML={{ __html: step }} />
          ))}
        </ol>
      </div>
      <h4 className="mt-4 font-semibold text-red-800 dark:text-red-300">{t.doNotShareTitle}</h4>
      <div className={`${PROSE} mt-1`} dangerouslySetInnerHTML={{ __html: text.doNotShare }} />
    </>
  );
}
