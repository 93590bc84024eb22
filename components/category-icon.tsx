import {
  ArrowLeftRight,
  ChartCandlestick,
  CircleHelp,
  CodeXml,
  IdCard,
  KeyRound,
  LifeBuoy,
  type LucideIcon,
  Rocket,
  ShieldCheck,
  UserRound,
} from 'lucide-react';
import type { CategoryIcon as IconName } from '@/lib/content/schema';

const icons: Record<IconName, LucideIcon> = {
  rocket: Rocket,
  key: KeyRound,
  shield: ShieldCheck,
  'id-card': IdCard,
  arrows: ArrowLeftRight,
  chart: ChartCandlestick,
  code: CodeXml,
  lifebuoy: LifeBuoy,
  question: CircleHelp,
  user: UserRound,
};

export function CategoryIcon({ name, className }: { name: IconName; className?: string }) {
  const Icon = icons[name];
  return <Icon aria-hidden="true" className={className} strokeWidth={1.75} />;
}
