import type { SentenceQuestion } from './types';

/**
 * Whole-sentence questions in English, as stressed customers type them into the search box: first
 * person, colloquial, sometimes with filler or typos (passwrod, withdrawl, verfication, acount,
 * adresses, authenticater, accidently, recieved). Each lists the articles that answer it, best first.
 * Written from the articles, not from what search returns today.
 */
export const questions: SentenceQuestion[] = [
  // getting-started
  { query: "hi, I'm completely new to crypto and want to sign up, do I make an account with my email or my phone number?", answers: ['create-account'] },
  { query: 'support keeps asking me for my UID but I have no idea where to find it in the app', answers: ['find-your-uid'] },
  { query: 'can I log in on my laptop by scanning a QR code with my phone instead of typing my password', answers: ['log-in'] },
  { query: 'I just got verified, how do I put money into my account for the first time', answers: ['make-your-first-deposit', 'deposit-crypto'] },
  { query: 'I have USDT in my account now, how do I actually buy bitcoin with it? first time trading', answers: ['place-your-first-trade', 'spot-trading-basics'] },
  { query: "I just opened my account, what should I set up first so it doesn't get hacked", answers: ['secure-your-new-account', 'enable-2fa'] },
  { query: "what's the difference between my funding account and my spot account, the words confuse me", answers: ['glossary', 'transfer-between-accounts'] },

  // account-access
  { query: "I forgot my password and now I can't get into my account", answers: ['reset-password', 'lost-password-and-2fa'] },
  { query: 'my account got locked after I typed the wrong password too many times', answers: ['locked-account'] },
  { query: "I lost my phone with google authenticater on it and now I can't log in, I still know my password", answers: ['lost-2fa-device'] },
  { query: "forgot my passwrod and I don't have the phone number for the sms codes anymore, is there any way to recover my account", answers: ['lost-password-and-2fa'] },
  { query: 'i never get the sms code when i try to log in, already waited 10 minutes and pressed resend twice', answers: ['verification-code-not-received'] },
  { query: 'I got a new number and need to change the phone on my account but the old sim is gone', answers: ['change-email-or-phone'] },
  { query: "I reset my password yesterday and now it won't let me withdraw, something about 24 hours??", answers: ['withdrawal-hold-after-security-change'] },
  { query: "urgent my account is frozen and it says under review by risk control, I can't withdraw anything, how long does this take", answers: ['account-restricted'] },
  { query: "the login keeps giving me an error and I can't sign in on the app or the website, what else can I try", answers: ['cant-log-in'] },

  // account-security
  { query: "hi someone hacked my account, there's a withdrawal I didn't make and my email was changed, what do I do first??", answers: ['account-compromised'] },
  { query: 'got an email saying my account will be suspended unless I click a link and verify, is that really from you or a scam', answers: ['recognize-phishing-and-scams', 'anti-phishing-code'] },
  { query: "how do I set up that secret word that shows up in your emails so I know they're real", answers: ['anti-phishing-code'] },
  { query: 'I got a new phone, how do I move my authenticator app over without getting locked out of my acount', answers: ['change-2fa-method'] },
  { query: "there's a device logged into my account from another city that I don't recognize, how do I kick it out", answers: ['manage-devices-and-sessions', 'account-compromised'] },
  { query: 'I want to turn on two factor so nobody can get in with just my password, how do I set it up', answers: ['enable-2fa'] },
  { query: 'is there a way to only allow withdrawals to my own saved wallet adresses, like a whitelist', answers: ['withdrawal-address-allowlist'] },
  { query: 'I accidently pasted my API secret key in a public discord chat, what should I do right now', answers: ['rotate-api-keys', 'api-key-safety'] },

  // verification
  { query: "My ID verfication got rejected twice and I don't understand why, what am I doing wrong", answers: ['verification-rejected'] },
  { query: 'my verification has been pending for 2 days now, is something wrong with it?', answers: ['verification-pending'] },
  { query: 'the selfie face scan keeps failing no matter what I do, I already tried better lighting', answers: ['selfie-and-liveness-check'] },
  { query: "can I use my driver's license to verify? I don't have a passport", answers: ['accepted-documents'] },
  { query: 'my passport expired last month, do I have to do the whole verification again', answers: ['update-personal-information'] },
  { query: "what's the most I can withdraw per day and how do I get a higher limit", answers: ['verification-levels'] },
  { query: 'I want to verify my identity so I can start trading, what do I need to have ready', answers: ['verify-your-identity'] },

  // deposits-withdrawals
  { query: "i sent usdt from another exchange 3 hours ago and it still hasn't shown up in my account", answers: ['deposit-not-arrived'] },
  { query: 'my withdrawl has been stuck on processing since yesterday, when is it going to go through', answers: ['withdrawal-pending-or-missing'] },
  { query: 'the withdrawal says completed but the other exchange says they never recieved the money, where is it', answers: ['withdrawal-pending-or-missing'] },
  { query: 'I sent USDT on the ERC20 network but my deposit address was TRC20, is my money gone forever?', answers: ['wrong-network-deposit'] },
  { query: 'urgent: I deposited XRP and forgot to put the destination tag, how do I get it back', answers: ['memo-and-tag'] },
  { query: "which network should I choose to send USDT from my wallet, TRC20 or ERC20? I don't want to lose it", answers: ['choose-the-right-network'] },
  { query: 'how do I send my bitcoin from here to my own hardware wallet', answers: ['withdraw-crypto'] },
  { query: 'where do I find my deposit address for ETH so I can send from metamask', answers: ['deposit-crypto'] },
  { query: 'my withdrawal failed and then got rejected, where did my money go and can I try again', answers: ['withdrawal-failed-or-rejected'] },
  { query: 'how much does it cost to withdraw bitcoin and how long does it usually take to arrive', answers: ['fees-and-processing-times'] },
  { query: 'the other platform is asking me for the transaction hash of my withdrawal, where do I find that', answers: ['find-transaction-id'] },
  { query: "I want to cash out my USDT to my bank account, what's the best way to do it", answers: ['cash-out-to-bank', 'buy-crypto-with-fiat'] },
  { query: 'why are deposits for this coin suspended? it just says wallet maintenance and I already sent some', answers: ['deposits-withdrawals-suspended'] },
  { query: "I sent a token to my deposit address that you don't even support, is there any way to get it back", answers: ['unsupported-token-or-old-address'] },
  { query: "when I withdraw it asks for the recipient's name and whether it's an exchange or a private wallet, why do you need that", answers: ['travel-rule'] },
  { query: 'will I get the new tokens from the airdrop if I keep my coins on the exchange?', answers: ['airdrops-and-forks'] },
  { query: 'what is a confirmation and how many do I need before my bitcoin deposit shows up', answers: ['fees-and-processing-times', 'deposits-withdrawals-faq'] },

  // trading
  { query: "i paid the seller on p2p over an hour ago and they still won't release my usdt, please help", answers: ['p2p-disputes'] },
  { query: 'the buyer sent me a screenshot of the payment but nothing is in my bank yet, should I release the coins?', answers: ['p2p-safety', 'p2p-disputes'] },
  { query: 'my bank card got frozen after I sold USDT on P2P, what can I do', answers: ['p2p-disputes'] },
  { query: 'how does P2P work, is it safe to buy USDT from another person with a bank transfer', answers: ['p2p-trading', 'p2p-safety'] },
  { query: 'my credit card keeps getting declined every time I try to buy bitcoin', answers: ['card-payment-failed'] },
  { query: "the money was taken from my card but I never got the crypto, it's been a whole day", answers: ['card-payment-failed'] },
  { query: 'I want to buy some ETH with my debit card, how does that work and where do the coins go', answers: ['buy-crypto-with-fiat'] },
  { query: 'I have tiny leftover amounts of like 10 different coins, can I turn them all into one coin', answers: ['convert-and-small-balances'] },
  { query: "the coin I'm holding is getting delisted, am I going to lose my tokens?", answers: ['token-delisting'] },
  { query: 'my futures position got liquidated and I lost all my margin, why did that happen so fast', answers: ['liquidation'] },
  { query: "I want to set a stop loss, what's the difference between a limit order and a stop limit order", answers: ['order-types'] },
  { query: 'it says insufficient balance when I try to open a futures position but I have USDT in my spot wallet', answers: ['transfer-between-accounts'] },
  { query: 'I bought USDT on P2P but when I go to trade it says I have 0, where did it go??', answers: ['transfer-between-accounts'] },
  { query: 'how much are the trading fees here and what does maker and taker mean', answers: ['trading-fees'] },
  { query: 'how does margin trading work, can I borrow USDT to buy more bitcoin than I have', answers: ['margin-trading'] },
  { query: 'what is this funding fee on my perpetual futures position and why did I get charged', answers: ['futures-basics'] },

  // account-management
  { query: 'my father passed away and had crypto on this exchange, how can our family get access to it', answers: ['account-holder-deceased'] },
  { query: 'I want to delete my account completely and remove my data, how do I do that', answers: ['close-your-account'] },
  { query: 'I need a full statement of all my trades for my taxes this year, can I download it', answers: ['export-transaction-history'] },
  { query: 'can I make a second account for my trading bot under my main account?', answers: ['sub-accounts'] },
  { query: "I'm moving to another country next month, can I still use my account there or do I need a VPN", answers: ['supported-regions'] },

  // api
  { query: 'I am writing a trading bot in python and keep getting invalid signature, how do I sign the request properly', answers: ['api-authentication'] },
  { query: 'my bot keeps getting error 429 from the api and now 418, did I get banned?', answers: ['api-rate-limits-and-errors'] },
  { query: 'how do I create an api key for my trading bot, and should I turn on the withdraw permission?', answers: ['create-api-key', 'api-key-permissions'] },
  { query: "I'm a developer and want to connect to your API, where do I start and what's the base url", answers: ['api-overview'] },

  // support
  { query: 'how long does support usually take to reply, I opened a ticket 2 days ago and heard nothing', answers: ['response-times'] },
  { query: 'the chat bot is useless, how do I talk to an actual human', answers: ['live-chat', 'contact-support'] },
  { query: "someone on telegram says they're support and wants my 2fa code to fix my withdrawal, is that legit", answers: ['support-never-asks', 'official-channels', 'recognize-phishing-and-scams'] },
  { query: "what info do I need to give support about a missing deposit so they don't keep asking me for more", answers: ['prepare-before-contacting', 'deposit-not-arrived'] },
  { query: 'how do I open a support ticket and attach screenshots to it', answers: ['submit-a-request'] },
  { query: 'support keeps asking me follow up questions, how should I write my problem so they get it the first time', answers: ['write-a-clear-request'] },
  { query: "I can't log in and need to contact support, how do I reach you without getting into my account", answers: ['contact-support', 'cant-log-in'] },

  // faq
  { query: "is there a fund password like on other exchanges? I can't find where to set it", answers: ['security-faq', 'glossary'] },
  { query: "hi, a few questions: where is my UID, and why am I not getting the verification code emails?", answers: ['account-faq', 'find-your-uid', 'verification-code-not-received'] },
  { query: "what's the difference between a limit and a market order, and how much are the fees for each", answers: ['trading-faq', 'order-types', 'trading-fees'] },
  { query: 'if I add a passkey as a second 2fa will it pause my withdrawals again', answers: ['security-faq', 'change-2fa-method', 'withdrawal-hold-after-security-change'] },
  { query: 'what does KYC even mean and why does every page say I need it', answers: ['verification-faq', 'glossary'] },
];
