import { ADD_SIGNER_POSITIONS } from '../pipeline-definition.types.js';
import { childPath, readArray, readNumber, readObject, show, type Problems } from './problems.js';
import { validateActor } from './validate-actor.js';

const OPTION_KEYS = ['addSigner', 'maxAddedSigners', 'removeDefinitionSigners', 'cc', 'urgeIntervalMinutes'];

/** A step's run-time approval rules (加签 positions and limit, 减签, 抄送, 催办 interval); every field optional. */
export function validateApprovalOptions(value: unknown, path: string, problems: Problems): void {
  const options = readObject(value, path, problems, OPTION_KEYS);
  if (!options) return;
  if (options['addSigner'] !== undefined) {
    const positions = readArray(options['addSigner'], childPath(path, 'addSigner'), problems) ?? [];
    const seen = new Set<unknown>();
    positions.forEach((position, index) => {
      const at = childPath(childPath(path, 'addSigner'), index);
      if (!(ADD_SIGNER_POSITIONS as readonly unknown[]).includes(position)) {
        problems.add(
          at,
          'ADD_SIGNER_POSITION_UNKNOWN',
          `未知的加签方式 ${show(position)}，应为 before / after / parallel`,
          `unknown add-signer position ${show(position)}; expected before, after or parallel`,
        );
      } else if (seen.has(position)) {
        problems.add(
          at,
          'ADD_SIGNER_POSITION_DUPLICATE',
          `加签方式 ${show(position)} 重复`,
          `${show(position)} repeats`,
        );
      }
      seen.add(position);
    });
  }
  if (options['maxAddedSigners'] !== undefined) {
    readNumber(options['maxAddedSigners'], childPath(path, 'maxAddedSigners'), problems, {
      min: 0,
      max: 50,
      integer: true,
      what: { zhCN: '加签人数上限', en: 'added-signer limit' },
    });
  }
  const remove = options['removeDefinitionSigners'];
  if (remove !== undefined && typeof remove !== 'boolean') {
    problems.add(
      childPath(path, 'removeDefinitionSigners'),
      'FIELD_TYPE',
      `${childPath(path, 'removeDefinitionSigners')} 应为 true 或 false`,
      `${childPath(path, 'removeDefinitionSigners')} must be true or false`,
    );
  }
  if (options['cc'] !== undefined) {
    const cc = readArray(options['cc'], childPath(path, 'cc'), problems) ?? [];
    cc.forEach((actor, index) => validateActor(actor, childPath(childPath(path, 'cc'), index), problems));
  }
  if (options['urgeIntervalMinutes'] !== undefined) {
    readNumber(options['urgeIntervalMinutes'], childPath(path, 'urgeIntervalMinutes'), problems, {
      min: 1,
      max: 7 * 24 * 60,
      integer: true,
      what: { zhCN: '催办间隔（分钟）', en: 'urge interval (minutes)' },
    });
  }
}
